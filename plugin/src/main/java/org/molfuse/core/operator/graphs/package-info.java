/** Operators of the Graphs category: molecule graphs with atom and bond features. */
package org.molfuse.core.operator.graphs;
