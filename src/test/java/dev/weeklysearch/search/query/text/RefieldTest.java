package dev.weeklysearch.search.query.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class RefieldTest {
    /** Words, phrases, Latin words glued and split, versions, Chinese words SmartCN cuts, mixed. */
    private static final List<String> CLAUSES = List.of(
            "multiraft", "Multi-Raft", "sofa-registry", "SOFARegistry", "\"multi raft\"", "raftgroup",
            "分布式事务", "服务注册中心", "\"注册中心 的 配置\"", "蚂蚁金服", "怎么配置限流规则",
            "mosn怎么配置", "seata/tcc", "MOSN~2", "2.7.3", "v0.6.0", "0.13.x", "jdk17",
            "SOFARPC5.5.8", "\"layotto 发布\"", "的", "a", "张三峰", "Occlum", "rpc-框架", "x86_64");

    private static final List<String> WORD_FIELDS = List.of(Schema.QUESTION, Schema.TITLE, Schema.BODY,
            Schema.ANSWER, Schema.PROJECT_TEXT, Schema.SLUG_WORDS);

    private static List<TextQuery> wordFields() {
        return WORD_FIELDS.stream().map(f -> TextQuery.builder().words(f, 2f).build()).toList();
    }

    @Test
    void aClauseBuiltThroughOneMemoForEveryWordFieldEqualsTheClauseBuiltForEachFieldAlone() {
        List<TextQuery> fields = new ArrayList<>(wordFields());
        fields.add(TextQuery.builder().grams(Schema.TEXT, 0.6f).versions(Schema.VERSIONS, 6f).build());
        fields.add(TextQuery.builder().grams(Schema.ASKER, 1f).names().build());
        for (String clause : CLAUSES) {
            Memo shared = new Memo();
            for (TextQuery field : fields) {
                assertThat(field.build(clause, shared)).as(clause).isEqualTo(field.build(clause, new Memo()));
            }
        }
    }

    @Test
    void everyWordQueryShapeIsCopiedOntoAnotherFieldAsBuiltThere() {
        List<TextQuery> fields = wordFields();
        for (String clause : CLAUSES) {
            Query first = fields.get(0).build(clause);
            for (int i = 1; i < fields.size(); i++) {
                Query own = fields.get(i).build(clause);
                assertThat(Refield.of(first, WORD_FIELDS.get(i))).as(clause).isNotNull().isEqualTo(own);
            }
        }
    }
}
