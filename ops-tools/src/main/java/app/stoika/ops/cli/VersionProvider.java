package app.stoika.ops.cli;

import app.stoika.ops.storage.ToolVersion;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolVersion.get()};
    }
}
