/** Operators of the Chemistry category: standardization, fingerprints, descriptors, scaffolds. */
package org.molfuse.core.operator.chemistry;
