package org.molfuse.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The MoleculeNet datasets MolFuse knows by name, with file and column names exactly as in the DeepChem files.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>{@code bace} is the classification benchmark (label {@code Class}); its {@code pIC50} regression target is in
 *       the same file and can be requested explicitly, e.g. {@code pIC50:regression}.</li>
 *   <li>{@code qm9} looks for {@code qm9_small_subset.csv} (a 14,862-row sample of QM9 with the same columns) first,
 *       then the full DeepChem {@code qm9.csv}; the tasks are the 12 standard targets.</li>
 *   <li>{@code freesolv} is DeepChem's {@code SAMPL.csv} (label {@code expt}); {@code clintox}, {@code tox21} and
 *       {@code sider} download as {@code .csv.gz}, which is read transparently.</li>
 * </ul>
 */
public final class DatasetRegistry {

    /** DeepChem's public bucket; each dataset URL is this plus the file name. */
    public static final String DEEPCHEM_BASE_URL = "https://deepchemdata.s3-us-west-1.amazonaws.com/datasets/";

    private static final List<String> TOX21_TASKS = List.of("NR-AR", "NR-AR-LBD", "NR-AhR", "NR-Aromatase", "NR-ER",
            "NR-ER-LBD", "NR-PPAR-gamma", "SR-ARE", "SR-ATAD5", "SR-HSE", "SR-MMP", "SR-p53");

    private static final List<String> SIDER_TASKS = List.of("Hepatobiliary disorders",
            "Metabolism and nutrition disorders", "Product issues", "Eye disorders", "Investigations",
            "Musculoskeletal and connective tissue disorders", "Gastrointestinal disorders", "Social circumstances",
            "Immune system disorders", "Reproductive system and breast disorders",
            "Neoplasms benign, malignant and unspecified (incl cysts and polyps)",
            "General disorders and administration site conditions", "Endocrine disorders",
            "Surgical and medical procedures", "Vascular disorders", "Blood and lymphatic system disorders",
            "Skin and subcutaneous tissue disorders", "Congenital, familial and genetic disorders",
            "Infections and infestations", "Respiratory, thoracic and mediastinal disorders", "Psychiatric disorders",
            "Renal and urinary disorders", "Pregnancy, puerperium and perinatal conditions",
            "Ear and labyrinth disorders", "Cardiac disorders", "Nervous system disorders",
            "Injury, poisoning and procedural complications");

    private static final List<String> QM9_TASKS = List.of("mu", "alpha", "homo", "lumo", "gap", "r2", "zpve", "u0",
            "u298", "h298", "g298", "cv");

    private static final Map<String, DatasetSpec> SPECS = new LinkedHashMap<>();

    static {
        add("esol", "delaney-processed.csv", "delaney-processed.csv", "smiles",
                List.of(TaskSpec.regression("measured log solubility in mols per litre")));
        add("freesolv", "SAMPL.csv", "SAMPL.csv", "smiles", List.of(TaskSpec.regression("expt")));
        add("lipophilicity", "Lipophilicity.csv", "Lipophilicity.csv", "smiles", List.of(TaskSpec.regression("exp")));
        add("bbbp", "BBBP.csv", "BBBP.csv", "smiles", List.of(TaskSpec.classification("p_np")));
        add("bace", "bace.csv", "bace.csv", "mol", List.of(TaskSpec.classification("Class")));
        add("clintox", "clintox.csv", "clintox.csv.gz", "smiles",
                List.of(TaskSpec.classification("FDA_APPROVED"), TaskSpec.classification("CT_TOX")));
        add("tox21", "tox21.csv", "tox21.csv.gz", "smiles", classification(TOX21_TASKS));
        add("sider", "sider.csv", "sider.csv.gz", "smiles", classification(SIDER_TASKS));
        add("hiv", "HIV.csv", "HIV.csv", "smiles", List.of(TaskSpec.classification("HIV_active")));
        add("qm9", "qm9_small_subset.csv", "qm9.csv", "smiles", regression(QM9_TASKS));
    }

    private DatasetRegistry() {
    }

    private static void add(String name, String fileName, String remoteFileName, String smilesColumn,
            List<TaskSpec> tasks) {
        SPECS.put(name, new DatasetSpec(name, fileName, smilesColumn, tasks, DEEPCHEM_BASE_URL + remoteFileName));
    }

    private static List<TaskSpec> classification(List<String> columns) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (String column : columns) {
            tasks.add(TaskSpec.classification(column));
        }
        return tasks;
    }

    private static List<TaskSpec> regression(List<String> columns) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (String column : columns) {
            tasks.add(TaskSpec.regression(column));
        }
        return tasks;
    }

    /** All registered datasets in a fixed order. */
    public static List<DatasetSpec> all() {
        return List.copyOf(SPECS.values());
    }

    public static List<String> names() {
        return List.copyOf(SPECS.keySet());
    }

    /** The dataset of that name, ignoring case. */
    public static Optional<DatasetSpec> find(String name) {
        return Optional.ofNullable(SPECS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Like {@link #find(String)}, but an unknown name gives an exception listing the known ones. */
    public static DatasetSpec get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown dataset '" + name + "'; known datasets: " + String.join(", ", names())));
    }
}
