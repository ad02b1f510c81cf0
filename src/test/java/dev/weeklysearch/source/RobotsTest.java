package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTest {

    @Test
    void appliesTheStarGroupByLongestPrefixWithAllowWinningTies() {
        Robots r = Robots.parse("""
                User-agent: *
                Disallow: /blog/
                Allow: /blog/sofa-weekly
                Disallow: /blog/sofa-weekly-2019
                """, "weekly-search");
        assertThat(r.allows("/blog/other/")).isFalse();
        assertThat(r.allows("/blog/sofa-weekly-20200101/")).isTrue();
        assertThat(r.allows("/blog/sofa-weekly-20190802/")).isFalse();
        assertThat(r.allows("/tags/sofa-weekly/")).isTrue();
    }

    @Test
    void ourOwnGroupReplacesTheStarGroup() {
        String text = """
                User-agent: *
                Disallow: /

                User-agent: Weekly-Search
                Disallow: /private/
                """;
        Robots ours = Robots.parse(text, "weekly-search");
        assertThat(ours.allows("/blog/x/")).isTrue();
        assertThat(ours.allows("/private/x")).isFalse();
        assertThat(Robots.parse(text, "other-bot").allows("/blog/x/")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "weekly-search").allows("/anything")).isTrue();
    }
}
