package dev.weeklysearch.search.query.text;

import dev.weeklysearch.analysis.FixtureIndex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextQueryTest {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("jraft", "SOFAJRaft 发布了新版本");
        TEXTS.put("registry", "SOFARegistry 的数据同步");
        TEXTS.put("registry-hyphen", "部署 sofa-registry 集群");
        TEXTS.put("registry-spaced", "SOFA Registry 介绍");
        TEXTS.put("tracer", "SOFATracer 链路追踪");
        TEXTS.put("mosn-spaced", "SOFA MOSN 网络代理");
        TEXTS.put("mosn-camel", "SOFAMosn 性能优化");
        TEXTS.put("mosn", "MOSN 社区会议");
        TEXTS.put("multi-hyphen", "基于 Multi-Raft 的存储");
        TEXTS.put("multi-spaced", "一个 multi raft group 的例子");
        TEXTS.put("multi-camel", "MultiRaft 设计");
        TEXTS.put("v273", "Seata 2.7.3 发布");
        TEXTS.put("v3x", "兼容 3.x 版本");
        TEXTS.put("v27", "升级到 2.7 即可");
        TEXTS.put("v060", "Layotto v0.6.0 发布");
        TEXTS.put("v306", "某组件 3.0.6 发布");
        TEXTS.put("v131", "修复于 1.3.1 版本");
        TEXTS.put("v1310", "修复于 1.3.10 版本");
        TEXTS.put("tx", "分布式事务 解决方案");
        TEXTS.put("center", "服务注册中心 介绍");
        TEXTS.put("antfin", "蚂蚁金服 开源了项目");
        TEXTS.put("ant", "蚂蚁 搬家的故事");
        TEXTS.put("rpc", "SOFARPC 入门");
        TEXTS.put("rpc558", "SOFARPC v5.5.8 发布");
        TEXTS.put("occlum013", "Occlum 0.13 发布");
        TEXTS.put("occlum0130", "Occlum v0.13.0 发布");
        TEXTS.put("occlum0131", "Occlum 0.13.1 发布");
    }

    private static final FixtureIndex INDEX = new FixtureIndex(TEXTS);
    private static final TextQuery QUERY = TextQuery.builder()
            .words(FixtureIndex.WORDS, 1f)
            .grams(FixtureIndex.GRAMS, 0.5f)
            .versions(FixtureIndex.VERSIONS, 1f)
            .build();
    private static final Pattern CLAUSE = Pattern.compile("\"[^\"]*\"|\\S+");

    /** Unquoted words are separate clauses that must all match, as the search package will combine them. */
    static List<String> search(String visitorQuery) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Matcher m = CLAUSE.matcher(visitorQuery);
        while (m.find()) {
            all.add(QUERY.build(m.group()), BooleanClause.Occur.MUST);
        }
        return INDEX.search(all.build());
    }

    @ParameterizedTest(name = "{0} finds {1}, not {2}")
    @CsvSource(delimiter = '|', textBlock = """
            jraft            | jraft                                 |
            JRaft            | jraft                                 |
            sofa-jraft       | jraft                                 |
            SOFAJRaft        | jraft                                 |
            registry         | registry registry-hyphen registry-spaced |
            SOFARegistry     | registry registry-hyphen registry-spaced |
            "SOFA Registry"  | registry registry-hyphen registry-spaced |
            "SOFA MOSN"      | mosn-spaced mosn-camel mosn           |
            tracer           | tracer                                |
            mosn             | mosn-spaced mosn-camel mosn           |
            Multi-Raft       | multi-hyphen multi-spaced multi-camel |
            multi raft       | multi-hyphen multi-spaced multi-camel |
            multiraft        | multi-hyphen multi-spaced multi-camel |
            MultiRaft        | multi-hyphen multi-spaced multi-camel |
            "multi raft"     | multi-hyphen multi-spaced multi-camel |
            2.7.3            | v273                                  | v3x v27
            v0.6.0           | v060                                  | v306
            0.6.0            | v060                                  | v306
            1.3.1            | v131                                  | v1310
            事务              | tx                                    |
            务                | tx                                    |
            注册中心           | center                                |
            蚂蚁金服           | antfin                                |
            分佈式事務          | tx                                    |
            ＳＯＦＡＲＰＣ       | rpc                                   |
            0.13             | occlum013 occlum0130 occlum0131       | v060 v131
            0.13.x           | occlum0130 occlum0131                 | occlum013
            V0.13.0          | occlum0130                            | occlum013 occlum0131
            2.7              | v27 v273                              | v3x
            SOFARPC5.5.8     | rpc558                                | rpc
            sofarpcv5.5.8    | rpc558                                | rpc
            """)
    void findsWhatTheTableSays(String query, String mustFind, String mustNotFind) {
        List<String> hits = search(query);
        assertThat(hits).as("hits for %s", query).containsAll(ids(mustFind));
        for (String id : ids(mustNotFind)) {
            assertThat(hits).as("hits for %s", query).doesNotContain(id);
        }
    }

    @Test
    void ranksAnExactVersionAboveTheReleasesOfItsLine() {
        assertThat(search("0.13")).first().isEqualTo("occlum013");
        assertThat(search("2.7")).first().isEqualTo("v27");
        assertThat(search("Occlum 0.13.0")).first().isEqualTo("occlum0130");
    }

    @Test
    void ranksTheWholeCompanyNameAboveItsFirstWord() {
        List<String> hits = search("蚂蚁金服");
        assertThat(hits).first().isEqualTo("antfin");
        assertThat(hits).contains("ant");
        assertThat(hits.indexOf("antfin")).isLessThan(hits.indexOf("ant"));
    }

    @Test
    void projectNameDoesNotMatchOtherProducts() {
        assertThat(search("SOFAJRaft")).containsExactly("jraft");
        assertThat(search("tracer")).containsExactly("tracer");
    }

    @Test
    void clauseWithoutTokensMatchesNothing() {
        assertThat(QUERY.build("  ,. ")).isInstanceOf(MatchNoDocsQuery.class);
        assertThat(search("😀")).isEmpty();
    }

    private static List<String> ids(String spaced) {
        return spaced == null ? List.of() : Arrays.asList(spaced.trim().split("\\s+"));
    }
}
