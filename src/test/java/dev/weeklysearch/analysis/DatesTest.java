package dev.weeklysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static List<String> terms(String query) {
        return Dates.inQuery(query).stream().map(f -> f.when().term()).toList();
    }

    @Test
    void aQueryWritesADayInManyForms() {
        for (String q : new String[] {"6月30日", "6 月 30 号", "06月30日", "６月３０日", "六月三十日", "6/30", "June 30",
            "jun 30th", "30 June"}) {
            assertThat(terms(q)).as(q).containsExactly("06-30");
        }
        for (String q : new String[] {"2023-06-30", "2023/6/30", "2023年6月30日", "June 30, 2023", "２０２３-０６-３０"}) {
            assertThat(terms(q)).as(q).containsExactly("2023-06-30");
        }
        assertThat(terms("2021年8月 layotto")).containsExactly("2021-08");
        assertThat(terms("layotto march 2099")).containsExactly("2099-03");
        assertThat(terms("2021 新手任务")).containsExactly("2021");
        assertThat(terms("2022年")).containsExactly("2022");
    }

    @Test
    void numbersThatAreNotDatesStayWords() {
        for (String q : new String[] {"sofarpc 5.8.6", "v1.2", "13/40", "2月30日", "十三月一日", "mosn 1.5", "seata-1.4",
            "jdk17", "2020s", "port 20880"}) {
            assertThat(terms(q)).as(q).isEmpty();
        }
    }

    @Test
    void offsetsAreTheOriginalTexts() {
        String q = "layotto ６月２４日 会议";
        Dates.Found f = Dates.inQuery(q).get(0);
        assertThat(q.substring(f.start(), f.end())).isEqualTo("６月２４日");
    }

    @Test
    void aTextsDayWithoutYearIsTheNearestToThePost() {
        LocalDate december = LocalDate.of(2022, 12, 30);
        assertThat(Dates.daysIn("时间：01 月 05 日 14:00", december)).containsExactly(LocalDate.of(2023, 1, 5));
        assertThat(Dates.daysIn("时间：12 月 20 日", december)).containsExactly(LocalDate.of(2022, 12, 20));
        assertThat(Dates.daysIn("时间：2020年4月23日（周四）与 2020/7/2", december))
                .containsExactly(LocalDate.of(2020, 4, 23), LocalDate.of(2020, 7, 2));
        // A reader's forms are not read in posts, where "6/30" may be a ratio.
        assertThat(Dates.daysIn("成功率 6/30，2022 年", december)).isEmpty();
    }

    @Test
    void termsOfADay() {
        assertThat(Dates.terms(LocalDate.of(2023, 6, 8))).containsExactly("2023-06-08", "06-08", "2023-06", "2023");
    }
}
