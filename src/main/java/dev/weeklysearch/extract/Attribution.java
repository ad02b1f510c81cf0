package dev.weeklysearch.extract;

import dev.weeklysearch.analysis.Projects;

/**
 * Which project an entry is about. The answer is always a canonical name of the project table, or "": a name the
 * table does not know (SOFAStack, the community) is no project, and a URL never names one.
 *
 * <p>Q&amp;A entries, strongest evidence first ({@link #qa}):
 * <ol>
 *   <li>the project label of an issue header ({@code **1.@SOFAJRaft **#965}, the asker on the next line);</li>
 *   <li>the entry's trailing project tag line ({@code SOFAJRaft：[…](…)}), by its name, never its link;</li>
 *   <li>the question (all rounds): the project mentioned most often, the first on a tie;</li>
 *   <li>the topic or group header over it ({@code 关于 SOFARegistry 的几个问题}), else the section heading;</li>
 *   <li>the answer (all rounds), like the question.</li>
 * </ol>
 * The editors' tag and label beat the text because a question often names a neighbour project in passing
 * ("SOFAJRaft 能不能用自己的 RPC 框架"). Releases: the header's project, else the heading over it.
 */
final class Attribution {
    private Attribution() {
    }

    /** The canonical name of a label written {@code name} (bold and corner brackets ignored), or "". */
    static String named(String name) {
        return Projects.canonical(Text.clean(name.replaceAll("[*「」]", ""))).orElse("");
    }

    /** The project a heading, topic or sentence mentions most, or "". */
    static String mentioned(String text) {
        return Projects.mostMentioned(text);
    }

    /** The project of a Q&amp;A entry by the order of precedence documented on this class. */
    static String qa(String label, String tag, Draft entry, String context) {
        for (String candidate : new String[] {label, tag}) {
            if (!candidate.isEmpty()) {
                return candidate;
            }
        }
        StringBuilder questions = new StringBuilder(entry.question);
        StringBuilder answers = new StringBuilder(entry.answer);
        for (Round r : entry.rounds) {
            questions.append('\n').append(r.question());
            answers.append('\n').append(r.answer());
        }
        String fromQuestion = mentioned(questions.toString());
        if (!fromQuestion.isEmpty()) {
            return fromQuestion;
        }
        return !context.isEmpty() ? context : mentioned(answers.toString());
    }
}
