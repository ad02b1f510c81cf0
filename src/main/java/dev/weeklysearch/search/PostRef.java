package dev.weeklysearch.search;

/** A post as a hit names it. */
public record PostRef(String slug, String title, String date, String url) {
}
