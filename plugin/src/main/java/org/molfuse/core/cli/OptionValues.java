package org.molfuse.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.molfuse.core.eval.SplitFractions;

/** Conversions of option values and outputs that several commands share. */
final class OptionValues {

    private OptionValues() {
    }

    /** The three numbers of a {@code --fractions TRAIN,VALID,TEST} option. */
    static SplitFractions fractions(List<Double> values) {
        if (values.size() != 3) {
            throw new UserInputException("--fractions needs three numbers TRAIN,VALID,TEST, got " + values.size());
        }
        return new SplitFractions(values.get(0), values.get(1), values.get(2));
    }

    /** Writes an indented JSON file, creating its folder. */
    static void writeJson(ObjectNode root, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
