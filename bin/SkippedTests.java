import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints how many tests the last run skipped and why, from the Surefire XML reports: a skip is
 * easy to miss in Maven's output, and a skipped corpus or browser test means that check never ran.
 * Run by bin/test as a single-file program: {@code java bin/SkippedTests.java target/surefire-reports}.
 */
public class SkippedTests {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "target/surefire-reports");
        File[] reports = dir.listFiles((d, name) -> name.startsWith("TEST-") && name.endsWith(".xml"));
        if (reports == null || reports.length == 0) {
            System.out.println("tests: no reports in " + dir + " (the build stopped before the tests ran)");
            return;
        }
        int run = 0;
        Map<String, List<String>> byReason = new TreeMap<>();
        for (File report : reports) {
            NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report)
                    .getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                run++;
                NodeList skipped = c.getElementsByTagName("skipped");
                if (skipped.getLength() > 0) {
                    String reason = reason((Element) skipped.item(0));
                    byReason.computeIfAbsent(reason.isBlank() ? "(no reason given)" : reason, k -> new ArrayList<>())
                            .add(shortName(c.getAttribute("classname")) + "." + c.getAttribute("name"));
                }
            }
        }
        int skippedCount = byReason.values().stream().mapToInt(List::size).sum();
        System.out.println("tests: " + run + " run, " + skippedCount + " skipped");
        byReason.forEach((reason, tests) -> {
            System.out.println("  skipped " + tests.size() + ": " + reason);
            tests.forEach(t -> System.out.println("    " + t));
        });
    }

    /** The message, or for a skip in a class's set-up the first line of its stack trace, without the exception's name. */
    private static String reason(Element skipped) {
        String reason = skipped.getAttribute("message");
        if (reason.isBlank()) {
            reason = skipped.getTextContent().strip().lines().findFirst().orElse("");
        }
        return reason.replaceFirst("^[\\w.$]+(Exception|Error): ", "").replaceFirst("^Assumption failed: ", "");
    }

    private static String shortName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
