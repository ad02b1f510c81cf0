package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseExtractionTest {
    private final List<Entry> releases = Fixtures.ofKind(Fixtures.entries("releases"), EntryType.RELEASE);

    @Test
    void oneEntryPerHeaderAcrossEveryEra() {
        assertThat(releases).extracting(Entry::title).containsExactly(
                "SOFATracer 2.4.1/3.0.6", "MOSN 0.6.0", "SOFAActs 1.0.1", "SOFAJRaft 1.3.5.Alpha1", "SOFARPC 5.7.8",
                "SOFATracer 2.4.6/3.0.10", "Occlum 0.12.0", "SOFARegistry 6", "MOSN 0.26.0", "Tongsuo 8.3.2",
                "SOFAHessian 3.5.0", "SOFARPC 5.10.0");
    }

    @Test
    void normalisesVersionsAndProjects() {
        assertThat(releases.get(0).versions()).containsExactly("2.4.1", "3.0.6");
        assertThat(releases.get(1).project()).isEqualTo("MOSN");
        assertThat(releases.get(4).project()).isEqualTo("SOFARPC");
        assertThat(releases.get(5).versions()).containsExactly("2.4.6", "3.0.10");
        assertThat(releases.get(6).versions()).containsExactly("0.12.0");
        assertThat(releases.get(7).versions()).containsExactly("6");
        assertThat(releases.get(8).versions()).containsExactly("0.26.0");
    }

    @Test
    void headingAndBodyLineAnnouncingTheSameReleaseAreOneEntry() {
        Entry hessian = releases.get(10);
        assertThat(hessian.anchor()).isEqualTo("sofahessian-350-版本发布");
        assertThat(hessian.text()).contains("发布 SOFAHessian 3.5.0 版本");
        assertThat(releases.get(11).text()).contains("发布 SOFARPC 5.10.0 版本");
    }

    @Test
    void collectsChangeItemsAndReleaseLinks() {
        Entry tracer = releases.getFirst();
        assertThat(tracer.changes()).containsExactly("升级某个依赖", "修复某个问题");
        assertThat(tracer.links()).extracting(Link::url)
                .containsExactly("https://github.com/sofastack/sofa-tracer/releases/tag/v2.4.1");
        Entry tongsuo = releases.get(9);
        assertThat(tongsuo.changes()).containsExactly("修复某个编译问题", "修复某个内存问题");
        assertThat(tongsuo.links()).extracting(Link::url)
                .containsExactly("https://github.com/Tongsuo-Project/Tongsuo/releases/tag/8.3.2");
    }

    @Test
    void versionSpellings() {
        assertThat(Versions.parse("v0.6.0")).containsExactly("0.6.0");
        assertThat(Versions.parse("V0.26.0")).containsExactly("0.26.0");
        assertThat(Versions.parse("2.4.1/3.0.6")).containsExactly("2.4.1", "3.0.6");
        assertThat(Versions.parse("v2.4.6v/v3.0.10")).containsExactly("2.4.6", "3.0.10");
        assertThat(Versions.parse("v1.3.5.Alpha1")).containsExactly("1.3.5.Alpha1");
        assertThat(Versions.parse("v0.12.0版")).containsExactly("0.12.0");
        assertThat(Versions.parse("V6")).containsExactly("6");
    }

    @Test
    void projectSpellingsNormaliseToTheTableOrToNothing() {
        assertThat(Attribution.named("SOFA Mosn")).isEqualTo("MOSN");
        assertThat(Attribution.named("sofa-rpc")).isEqualTo("SOFARPC");
        assertThat(Attribution.named("**SOFAJraft**")).isEqualTo("SOFAJRaft");
        assertThat(Attribution.named("「BabaSSL」")).isEqualTo("Tongsuo");
        assertThat(Attribution.named("Layotto Java-sdk")).isEqualTo("Layotto Java-sdk");
        assertThat(Attribution.named("NewThing")).isEmpty();
        assertThat(Attribution.named("SOFAStack")).isEmpty();
        assertThat(Attribution.named("https")).isEmpty();
    }
}
