/** Chemistry on CDK: parsing, standardization, validation, features, fingerprints, descriptors, scaffolds, depiction. */
package org.molfuse.core.chem;
