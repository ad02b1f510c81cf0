package dev.weeklysearch.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for our agent token, read by crawler-commons per RFC 9309: the group
 * naming us, else {@code *}; {@code *} and {@code $} in paths; the longest match wins and Allow wins a
 * tie. What an unreadable robots.txt means is RFC 9309's too: see {@link #unavailable} and
 * {@link #unreachable}.
 */
final class Robots {

    static final Robots ALLOW_ALL = new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
            "robots.txt disallows");

    /** Base for matching paths; the rules look only at path and query. */
    private static final String ORIGIN = "http://robots.invalid";

    private final BaseRobotRules rules;
    private final String denial;

    private Robots(BaseRobotRules rules, String denial) {
        this.rules = rules;
        this.denial = denial;
    }

    static Robots parse(String text, String agentToken) {
        return parse(text.getBytes(StandardCharsets.UTF_8), agentToken);
    }

    static Robots parse(byte[] body, String agentToken) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        return new Robots(parser.parseContent(ORIGIN + "/robots.txt", body, "text/plain",
                List.of(agentToken.toLowerCase(Locale.ROOT))), "robots.txt disallows");
    }

    /** RFC 9309 2.3.1.3: robots.txt answered 4xx ("unavailable"): everything may be crawled. */
    static Robots unavailable() {
        return ALLOW_ALL;
    }

    /**
     * RFC 9309 2.3.1.4: robots.txt answered 5xx or could not be reached, retries included
     * ("unreachable"): nothing may be crawled, for this crawl.
     */
    static Robots unreachable(String why) {
        return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                "robots.txt unreachable (" + why + "): nothing may be fetched");
    }

    /** Why a disallowed URL is not fetched, for the failure list. */
    String denial() {
        return denial;
    }

    /** @param pathAndQuery the raw (percent-encoded) path, with {@code ?query} when there is one */
    boolean allows(String pathAndQuery) {
        return rules.isAllowed(ORIGIN + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
    }
}
