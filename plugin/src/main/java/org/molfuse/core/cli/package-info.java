/**
 * The {@code ./molfuse} command line (picocli): a thin layer that parses options, calls an operation of
 * {@code org.molfuse.core.ops} and turns failures into one-line reasons with exit code 2 for bad input.
 */
package org.molfuse.core.cli;
