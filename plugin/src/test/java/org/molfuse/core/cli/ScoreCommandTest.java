package org.molfuse.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void regressionScoresMatchHandDerivedValuesAndMaskMissingTruth() throws IOException {
        // Row 5 has no measured value and is masked. Remaining truth 1,2,3,4 vs prediction 1,2,3,5:
        // errors 0,0,0,1 -> RMSE sqrt(1/4) = 0.5, MAE 1/4 = 0.25;
        // truth mean 2.5, total sum of squares 2.25+0.25+0.25+2.25 = 5, residual 1 -> R2 = 1 - 1/5 = 0.8.
        Path input = write("scores.csv", "y,pred\n1,1\n2,2\n3,3\n4,5\n,7\n");
        Path json = dir.resolve("out/scores.json");
        CliRun run = CliRun.of("score", "--input", input.toString(), "--truth", "y", "--prediction", "pred",
                "--metric", "rmse", "--metric", "mae", "--metric", "r2", "--json", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode scores = new ObjectMapper().readTree(json.toFile());
        assertEquals(0.5, scores.get("rmse").asDouble(), 1e-12);
        assertEquals(0.25, scores.get("mae").asDouble(), 1e-12);
        assertEquals(0.8, scores.get("r2").asDouble(), 1e-12);
        assertTrue(run.out().contains("rmse"), run.out());
    }

    @Test
    void binaryTruthGetsClassificationMetricsByDefault() throws IOException {
        // Positives scored 0.9 and 0.4, negatives 0.6 and 0.1: of the 4 positive/negative pairs only (0.4, 0.6) is
        // misordered, so ROC-AUC = 3/4. At threshold 0.5: predictions 1,0,1,0 vs truth 1,1,0,0 -> accuracy 2/4.
        Path input = write("cls.csv", "active,score\n1,0.9\n1,0.4\n0,0.6\n0,0.1\n");
        Path json = dir.resolve("cls.json");
        CliRun run = CliRun.of("score", "--input", input.toString(), "--truth", "active", "--prediction", "score",
                "--json", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode scores = new ObjectMapper().readTree(json.toFile());
        assertEquals(0.75, scores.get("roc_auc").asDouble(), 1e-12);
        assertEquals(0.5, scores.get("accuracy").asDouble(), 1e-12);
        assertTrue(scores.has("f1") && scores.has("pr_auc") && !scores.has("rmse"), scores.toString());
    }

    @Test
    void undefinedMetricIsNullWithItsReason() throws IOException {
        Path input = write("one-class.csv", "active,score\n1,0.9\n1,0.4\n");
        Path json = dir.resolve("one.json");
        CliRun run = CliRun.of("score", "--input", input.toString(), "--truth", "active", "--prediction", "score",
                "--metric", "roc_auc", "--json", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode scores = new ObjectMapper().readTree(json.toFile());
        assertTrue(scores.get("roc_auc").isNull());
        assertTrue(scores.get("undefined").get("roc_auc").asText().contains("one class"), scores.toString());
    }

    @Test
    void unknownColumnIsOneLineNamingTheColumn() throws IOException {
        Path input = write("bad.csv", "y,pred\n1,2\n");
        CliRun run = CliRun.of("score", "--input", input.toString(), "--truth", "y", "--prediction", "predicted");

        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("'predicted'"), run.err());
    }

    @Test
    void nonNumericPredictionNamesTheRow() throws IOException {
        Path input = write("text.csv", "y,pred\n1,2\n2,abc\n");
        CliRun run = CliRun.of("score", "--input", input.toString(), "--truth", "y", "--prediction", "pred");

        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("row 2"), run.err());
    }

    @Test
    void unknownMetricListsTheValidNames() throws IOException {
        Path input = write("m.csv", "y,pred\n1,2\n");
        CliRun run = CliRun.of("score", "--input", input.toString(), "--truth", "y", "--prediction", "pred",
                "--metric", "auroc");

        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("roc_auc"), run.err());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
