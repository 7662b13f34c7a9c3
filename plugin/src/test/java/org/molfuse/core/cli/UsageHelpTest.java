package org.molfuse.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsageHelpTest {

    @Test
    void everySubcommandListsEachOptionOnce() {
        // picocli 4.7.6 listed the options of an argument group taken in through a mixin twice (remkop/picocli#2309)
        List<String> duplicated = new ArrayList<>();
        for (String command : MolFuseCli.newCommandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            Set<String> seen = new HashSet<>();
            for (String line : run.out().split("\n")) {
                String option = line.strip();
                if (line.startsWith("  ") && option.startsWith("-") && !seen.add(option)) {
                    duplicated.add(command + ": " + option);
                }
            }
            assertTrue(seen.size() > 1, command + " lists its options");
        }
        assertEquals(List.of(), duplicated);
    }
}
