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
}
