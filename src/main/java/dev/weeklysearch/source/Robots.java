package dev.weeklysearch.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt that apply to us: the group naming our agent token, else the
 * {@code *} group. Rules are path prefixes; the longest match wins and Allow wins a tie.
 * Wildcards ({@code *}, {@code $}) are not interpreted, which errs on the side of fetching less only
 * when a site relies on them.
 */
final class Robots {

    static final Robots ALLOW_ALL = new Robots(List.of());

    private record Rule(String prefix, boolean allow) {
    }

    private final List<Rule> rules;

    private Robots(List<Rule> rules) {
        this.rules = rules;
    }

    static Robots parse(String text, String agentToken) {
        String agent = agentToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean mineFound = false;
        boolean groupIsMine = false;
        boolean groupIsStar = false;
        boolean inRules = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    groupIsMine = false;
                    groupIsStar = false;
                    inRules = false;
                }
                String ua = value.toLowerCase(Locale.ROOT);
                groupIsStar |= ua.equals("*");
                if (!ua.equals("*") && !ua.isEmpty() && agent.startsWith(ua)) {
                    groupIsMine = true;
                    mineFound = true;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                Rule rule = new Rule(value, key.equals("allow"));
                if (!value.isEmpty() && groupIsMine) {
                    mine.add(rule);
                }
                if (!value.isEmpty() && groupIsStar) {
                    star.add(rule);
                }
            }
        }
        return new Robots(List.copyOf(mineFound ? mine : star));
    }

    boolean allows(String path) {
        Rule best = null;
        for (Rule r : rules) {
            if (path.startsWith(r.prefix())
                    && (best == null || r.prefix().length() > best.prefix().length()
                            || r.prefix().length() == best.prefix().length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }
}
