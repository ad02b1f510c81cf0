package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    private void post(String name, String body) throws Exception {
        Files.writeString(dir.resolve(name), body, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonObjectPerEntryWithNestedPostAndKindId() throws Exception {
        post("p1.md", "---\ntitle: T\ntags: [SOFA Weekly]\ndate: 2021-01-02T10:00:00+08:00\n---\n### 每周读者问答提炼\n\n"
                + "**@甲** 提问：\n\n> 问\n\nA：答\n");
        assertThat(run("extract", dir.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode e = new ObjectMapper().readTree(lines[0]);
        assertThat(e.get("id").asText()).isEqualTo("p1/qa-1");
        assertThat(e.get("type").asText()).isEqualTo("qa");
        assertThat(e.get("post").get("date").asText()).isEqualTo("2021-01-02");
        assertThat(e.get("answer").asText()).isEqualTo("答");
        assertThat(e.get("rounds").isArray()).isTrue();
    }

    @Test
    void statsListsCountsTotalsAndFailuresWithExitZero() throws Exception {
        post("good.md", "---\ntitle: T\ndate: 2021-01-02T10:00:00+08:00\n---\n### 本周发布\n\n发布 SOFARPC v5.1.0，主要变更如下：\n\n- x\n");
        post("bad.md", "---\ntitle: T\n---\nno date");
        post("notes.md", "no front matter");
        assertThat(run("extract", "--stats", dir.toString())).isZero();
        assertThat(out.toString()).contains("good").contains("FAILED").contains("no valid date")
                .contains("SKIPPED").contains("no front matter")
                .contains("totals: posts=1 failed=1 entries=1 qa=0 release=1");
    }

    @Test
    void missingPathExitsTwo() {
        assertThat(run("extract", dir.resolve("absent").toString())).isEqualTo(2);
    }
}
