package dev.weeklysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProjectsTest {

    private static Projects parse(String tsv) throws IOException {
        return Projects.parse(tsv.lines().toList());
    }

    @Test
    void derivesShortFormsByDroppingTheSofaPrefix() throws IOException {
        Projects projects = parse("# header\nSOFAJRaft\tSOFA JRaft|sofa-jraft|JRaft\nMOSN\tSOFAMosn\n");
        assertThat(projects.find("sofajraft").shortForms()).containsExactly("jraft");
        assertThat(projects.isShortForm("jraft")).isTrue();
        assertThat(projects.find("mosn").shortForms()).isEmpty();
        assertThat(projects.find(Projects.compact("SOFA Mosn")).canonical()).isEqualTo("mosn");
    }

    @Test
    void readsExtraAliasesFromTheThirdColumn() throws IOException {
        Projects projects = parse("SOFAServerless\tSOFA Serverless|sofa-serverless\tKoupleless\n");
        assertThat(projects.find("koupleless").canonical()).isEqualTo("sofaserverless");
        assertThat(projects.find("serverless")).isNull();
    }

    @Test
    void loadsTheSharedProjectFileFromTheClasspath() {
        Projects projects = Projects.get();
        assertThat(projects.find("sofaregistery").canonical()).isEqualTo("sofaregistry");
        assertThat(projects.isShortForm("tracer")).isTrue();
        assertThat(projects.isShortForm("sofa")).isFalse();
    }

    @Test
    void compactIgnoresCaseSpacesHyphensAndFullWidth() {
        assertThat(Projects.compact("ＳＯＦＡ Ｊ-Raft_x.y")).isEqualTo("sofajraftxy");
    }

    @Test
    void partsNameTheProjectForAttributionAndFiltersButAreNotFoldedByTheAnalyzers() throws IOException {
        Projects projects = parse("SOFAJRaft\tSOFA JRaft|JRaft\t\tRheaKV\n");
        assertThat(projects.label("rheakv")).hasValue("SOFAJRaft");
        assertThat(projects.mostMentionedIn("在使用 RheaKV 的过程中")).isEqualTo("SOFAJRaft");
        assertThat(projects.find("rheakv")).isNull();
    }

    @Test
    void labelsTakeEverySpellingAndShortFormButNothingElse() {
        Projects projects = Projects.get();
        assertThat(projects.label("jraft")).hasValue("SOFAJRaft");
        assertThat(projects.label("SOFA-JRaft")).hasValue("SOFAJRaft");
        assertThat(projects.label("ＪＲＡＦＴ")).hasValue("SOFAJRaft");
        assertThat(projects.label("rpc")).hasValue("SOFARPC");
        assertThat(projects.label("BabaSSL")).hasValue("Tongsuo");
        assertThat(projects.label("layotto java sdk")).hasValue("Layotto Java-sdk");
        assertThat(projects.label("SOFAStack")).isEmpty();
        assertThat(projects.label("https")).isEmpty();
        assertThat(projects.label("")).isEmpty();
        assertThat(Projects.canonical(null)).isEmpty();
    }

    @Test
    void namesAreTheCanonicalColumnInTableOrder() {
        assertThat(Projects.names()).startsWith("SOFARPC", "SOFAJRaft", "MOSN", "Seata")
                .contains("Layotto Java-sdk", "Kata Containers").doesNotContain("SOFAStack", "https");
        assertThat(Projects.names()).allSatisfy(n -> assertThat(Projects.canonical(n)).hasValue(n));
    }

    @Test
    void proseMentionsCountTheMostMentionedAndTheFirstOnATie() {
        assertThat(Projects.mostMentioned("SOFABoot 里能用 SOFAArk 吗？SOFAArk 可以单独用吗")).isEqualTo("SOFAArk");
        assertThat(Projects.mostMentioned("SOFABoot 和 SOFAArk 一起用")).isEqualTo("SOFABoot");
        assertThat(Projects.mostMentioned("没有项目名")).isEmpty();
        assertThat(Projects.mostMentioned(null)).isEmpty();
    }

    @Test
    void proseMentionsFindSpacedHyphenatedAndGluedNames() {
        assertThat(Projects.mostMentioned("发布 SOFA  RPC 新版")).isEqualTo("SOFARPC");
        assertThat(Projects.mostMentioned("根据 jraft-example 手动 rebalance")).isEqualTo("SOFAJRaft");
        assertThat(Projects.mostMentioned("加了 sofa-tracer-rocketmq-plugin 扩展包")).isEqualTo("SOFATracer");
        assertThat(Projects.mostMentioned("Layotto Java SDK 的用法")).isEqualTo("Layotto Java-sdk");
        assertThat(Projects.mostMentioned("蚂蚁MOSN结合envoy")).isEqualTo("MOSN");
        assertThat(Projects.mostMentioned("ＳＯＦＡＢｏｏｔ 启动")).isEqualTo("SOFABoot");
    }

    @Test
    void proseNeverTakesANameFromALinkOrAShortFormThatIsAnOrdinaryWord() {
        assertThat(Projects.mostMentioned("参考 https://github.com/sofastack/sofa-jraft/wiki 和 seata.io/zh-cn")).isEmpty();
        assertThat(Projects.mostMentioned("见 [https://github.com/mosn/mosn](x) 或 www.sofastack.tech/projects/sofa-rpc")).isEmpty();
        assertThat(Projects.mostMentioned("用自己的 RPC 框架，Spring Boot 工程，服务 Registry")).isEmpty();
        assertThat(Projects.mostMentioned("SOFAStack 社区的 SOFA 技术栈")).isEmpty();
    }
}
