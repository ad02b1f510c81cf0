package dev.weeklysearch.search.query.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.analysis.Analysis;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class QueryTokensTest {
    private static final List<String> TEXTS = List.of("分布式事务的回滚", "服务注册中心 的 配置", "Multi-Raft 存储",
            "sofa-registry 集群部署", "mosn怎么配置", "v0.6.0", "2.7.3 发布", "一", "Seata AT 模式", "x86_64",
            "如何在 k8s 上部署 layotto 的 sidecar", "、，。", "SOFAJRaft 选举");

    @Test
    void tokensOfEveryQueryChainMakeTheQueryLucenesQueryBuilderMakes() {
        int phrases = 0;
        for (Analyzer chain : List.of(Analysis.wordsQuery(), Analysis.gramsQuery(), Analysis.versionsQuery())) {
            for (String text : TEXTS) {
                List<QueryTokens.QTok> toks = QueryTokens.analyze(chain, "", text);
                assertThat(QueryTokens.sequence("f", toks)).as(text).isEqualTo(QueryTokens.replayed("f", toks));
                phrases += toks.size() > 1 ? 1 : 0;
            }
        }
        assertThat(phrases).isGreaterThan(10);
    }

    @Test
    void gappedStackedAndSingleTokensMakeTheQueryLucenesQueryBuilderMakes() {
        List<List<QueryTokens.QTok>> cases = List.of(
                List.of(tok("服务", 3)),
                List.of(tok("注册", 2), tok("中心", 3), tok("配置", 6)),
                List.of(tok("raft", 0), tok("multiraft", 0), tok("store", 1)),
                List.of(tok("a", 0), tok("b", 0)),
                List.of());
        for (List<QueryTokens.QTok> toks : cases) {
            assertThat(QueryTokens.sequence("f", toks)).as("%s", toks).isEqualTo(QueryTokens.replayed("f", toks));
        }
    }

    private static QueryTokens.QTok tok(String term, int position) {
        return new QueryTokens.QTok(term, position, "<WORD>");
    }
}
