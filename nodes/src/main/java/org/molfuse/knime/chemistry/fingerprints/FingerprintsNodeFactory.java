package org.molfuse.knime.chemistry.fingerprints;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Fingerprints node; its operator comes from the core's registry under this class name. */
public final class FingerprintsNodeFactory extends OperatorNodeFactory {
}
