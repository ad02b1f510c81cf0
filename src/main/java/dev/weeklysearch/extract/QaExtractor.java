package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Q&amp;A sections: one entry per asker block, follow-up rounds inside it. Works on lines, because
 * answers are not reliably outside the question's blockquote.
 */
final class QaExtractor {
    private final Section section;
    private final List<Line> lines;
    private final List<Draft> out = new ArrayList<>();
    private final String heading;
    /** The project of the last group header ("关于 SOFARegistry 的几个问题"), for the askers under it. */
    private String group = "";
    private Block cur;

    private QaExtractor(Section section) {
        this.section = section;
        this.lines = QaMarkers.splitInlineAnswers(section.lines());
        this.heading = Attribution.mentioned(section.title());
    }

    static List<Draft> extract(Section section) {
        QaExtractor x = new QaExtractor(section);
        x.run();
        return x.out;
    }

    private void run() {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = QaMarkers.text(line);
            Matcher m;
            if (line.isCode()) {
                if (cur != null) {
                    cur.add(line, line.text());
                }
            } else if ((m = QaMarkers.issue(line)) != null) {
                start(line);
                cur.draft.issue = Integer.parseInt(m.group("num"));
                String name = m.group("name");
                String project = Attribution.named(name);
                if (!project.isEmpty() && i + 1 < lines.size() && QaMarkers.HANDLE.matcher(lines.get(i + 1).text()).matches()) {
                    cur.label = project;
                    i++;
                    cur.draft.addText(lines.get(i).text());
                    name = lines.get(i).text().substring(1);
                }
                cur.draft.asker = name;
            } else if ((m = QaMarkers.asker(line)) != null) {
                start(line);
                cur.draft.asker = m.group("name").strip();
                String rest = m.group("rest").strip();
                if (!rest.isEmpty()) {
                    cur.question.add(rest);
                }
            } else if (QaMarkers.boldOnlyish(line) && !line.quote() && (m = QaMarkers.NUMBERED.matcher(t)).matches()
                    && !QaMarkers.isAnswer(line)) {
                topic(i, line, m.group("rest").strip());
            } else if (cur != null && cur.draft.asker.isEmpty() && cur.question.isEmpty() && cur.answer.isEmpty()
                    && QaMarkers.HANDLE.matcher(t).matches()) {
                cur.draft.asker = t.substring(1);
                cur.draft.addText(t);
            } else if ((m = QaMarkers.ANSWER.matcher(t)).matches()) {
                if (cur == null) {
                    start(null);
                }
                cur.answer(line, m.group("rest").strip());
                cur.draft.addText(t);
            } else if (QaMarkers.projectTag(line) != null) {
                if (cur != null) {
                    if (cur.tag.isEmpty()) {
                        cur.tag = Attribution.named(QaMarkers.projectTag(line));
                    }
                    cur.draft.addLinks(line);
                    cur.closed = true;
                }
            } else if (!QaMarkers.boldish(line) && !line.quote() && line.type() == Line.Type.PARA
                    && QaMarkers.NUMBERED.matcher(t).matches() && (cur == null || cur.closed)) {
                start(line);
                cur.notice = true;
            } else if (cur != null) {
                cur.add(line, line.text());
            } else if (line.quote()) {
                start(null);
                cur.add(line, line.text());
            }
        }
        finish();
    }

    /** A numbered bold line without asker: a group header when an asker follows before any answer. */
    private void topic(int i, Line line, String topic) {
        for (int j = i + 1; j < lines.size(); j++) {
            Line next = lines.get(j);
            if (QaMarkers.isAnswer(next)) {
                break;
            }
            if (QaMarkers.opensEntry(next)) {
                finish();
                group = Attribution.mentioned(topic);
                return;
            }
        }
        start(line);
        if (QaMarkers.nameLike(topic)) {
            cur.draft.asker = topic;
        } else {
            cur.topic = topic;
            String named = Attribution.mentioned(topic);
            cur.context = named.isEmpty() ? cur.context : named;
        }
    }

    private void start(Line header) {
        finish();
        cur = new Block(new Draft(EntryType.QA, section));
        if (header != null && QaMarkers.NUMBERED.matcher(QaMarkers.text(header)).matches()) {
            group = ""; // a numbered entry follows the group's last asker
        }
        cur.context = group.isEmpty() ? heading : group;
        if (header != null) {
            cur.draft.addText(header.text());
            cur.draft.addLinks(header);
        }
    }

    private void finish() {
        if (cur == null) {
            return;
        }
        Block b = cur;
        cur = null;
        b.closeRound();
        if (b.notice && b.rounds.stream().allMatch(r -> r.answer().isEmpty())) {
            Draft other = new Draft(EntryType.OTHER, section);
            other.text.addAll(b.draft.text);
            other.links.addAll(b.draft.links);
            other.title = Text.firstSentence(other.joinedText(), 120);
            out.add(other);
            return;
        }
        Draft d = b.draft;
        if (!b.rounds.isEmpty()) {
            d.question = b.rounds.getFirst().question();
            d.answer = b.rounds.getFirst().answer();
            d.rounds.addAll(b.rounds.subList(1, b.rounds.size()));
        }
        if (d.question.isEmpty()) {
            d.question = !b.topic.isEmpty() ? b.topic : d.answer.isEmpty() ? d.asker : "";
        }
        String title = !d.question.isEmpty() ? d.question : !b.topic.isEmpty() ? b.topic : d.asker;
        d.title = Text.firstSentence(title, 120);
        d.project = Attribution.qa(b.label, b.tag, d, b.context);
        if (!d.joinedText().isEmpty()) {
            out.add(d);
        }
    }

    /** One asker block being read: the question and answer of the current round, and the rounds so far. */
    private static final class Block {
        final Draft draft;
        final List<String> question = new ArrayList<>();
        final List<String> answer = new ArrayList<>();
        final List<Round> rounds = new ArrayList<>();
        String topic = "";
        /** Project evidence by strength, see {@link Attribution}: issue-header label, tag line, topic/group/heading. */
        String label = "";
        String tag = "";
        String context = "";
        boolean answering;
        int answerBlock = -1;
        boolean closed;
        boolean notice;

        Block(Draft draft) {
            this.draft = draft;
        }

        void answer(Line line, String rest) {
            answering = true;
            answerBlock = line.block();
            if (!rest.isEmpty()) {
                answer.add(rest);
            }
        }

        void add(Line line, String t) {
            draft.addLinks(line);
            if (t.isEmpty()) {
                return;
            }
            draft.addText(t);
            boolean lazyAnswer = line.quote() && line.block() == answerBlock;
            if (line.quote() && answering && !lazyAnswer && !answer.isEmpty()) {
                closeRound();
            }
            if (answering && (lazyAnswer || !line.quote())) {
                answer.add(t);
            } else {
                answering = false;
                question.add(t);
            }
        }

        void closeRound() {
            if (!question.isEmpty() || !answer.isEmpty()) {
                rounds.add(new Round(String.join("\n", question), String.join("\n", answer)));
            }
            question.clear();
            answer.clear();
            answering = false;
            answerBlock = -1;
        }
    }
}
