package dev.weeklysearch.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Durations as a site owner writes them: {@code 30m}, {@code 1h}, {@code 1h30m}, {@code 90s}, {@code 2d}; {@code 0} is none. */
final class Durations implements ITypeConverter<Duration> {
    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,6}[smhd])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,6})([smhd])");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("0") || v.equals("off")) {
            return Duration.ZERO;
        }
        if (!WHOLE.matcher(v).matches()) {
            throw new IllegalArgumentException("not a duration: '" + value + "' (examples: 30m, 1h, 1h30m, 90s, 0 for off)");
        }
        Duration d = Duration.ZERO;
        Matcher m = PART.matcher(v);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        return d;
    }
}
