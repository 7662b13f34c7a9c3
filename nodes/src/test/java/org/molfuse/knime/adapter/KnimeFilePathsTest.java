package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

class KnimeFilePathsTest {

    private static final Parameter.FilePath FILE = new Parameter.FilePath("file", "File", "A file.", List.of("csv"));
    private static final Parameter.Text NAME = new Parameter.Text("name", "Name", "A name.", "");

    private static ParameterValues values(String file, String name) {
        return ParameterValues.defaults(List.of(FILE, NAME)).with("file", file).with("name", name);
    }

    @Test
    void plainPathsAndOtherSettingsPassUnchanged() throws InvalidSettingsException {
        for (String file : List.of("", "/data/molecules.csv", "data/molecules.csv", "C:\\data\\molecules.csv")) {
            ParameterValues mapped = KnimeFilePaths.resolve(values(file, "knime://knime.workflow/x.csv"));
            assertEquals(file, mapped.string("file"));
            assertEquals("knime://knime.workflow/x.csv", mapped.string("name"));
        }
    }

    @Test
    void knimeUrlsGoToKnimesResolverAndFailNamingTheUrl() {
        // outside KNIME the compile-only FileUtil cannot resolve anything, as KNIME cannot resolve a remote URL
        for (String url : List.of("knime://knime.workflow/data/molecules.csv", "KNIME://LOCAL/data.csv")) {
            InvalidSettingsException failure = assertThrows(InvalidSettingsException.class,
                    () -> KnimeFilePaths.resolve(values(url, "")));
            assertTrue(failure.getMessage().contains("'" + url + "' is not a local file"), failure.getMessage());
        }
    }
}
