package dev.weeklysearch.extract;

import java.util.List;

/**
 * One logical line of a post body, taken from the DOM: a heading, a paragraph line (split at soft
 * breaks and {@code <br>}), a list item line, a table row or a code block.
 *
 * @param block     id of the block element it came from; lines of one paragraph share it
 * @param boldOnly  all its letters are bold
 * @param hasBold   some of its letters are bold
 * @param images    number of images on the line
 * @param imageLink target of a link wrapping an image, "" when none
 * @param anchor    Hugo heading id for headings, else ""
 */
record Line(Type type, String text, int level, boolean quote, int block, boolean boldOnly, boolean hasBold,
        List<Link> links, int images, String imageLink, String anchor) {

    enum Type { HEADING, PARA, ITEM, CODE, ROW }

    Line {
        links = List.copyOf(links);
    }

    boolean isHeading() {
        return type == Type.HEADING;
    }

    boolean isCode() {
        return type == Type.CODE;
    }

    Line withText(String newText) {
        return new Line(type, newText, level, quote, block, boldOnly, hasBold, links, images, imageLink, anchor);
    }
}
