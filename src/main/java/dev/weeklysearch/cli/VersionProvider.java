package dev.weeklysearch.cli;

import picocli.CommandLine;

/** Version from the jar manifest; "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"weekly-search " + (v == null ? "dev" : v)};
    }
}
