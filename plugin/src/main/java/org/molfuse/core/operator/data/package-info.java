/** Operators of the Data category: reading molecule tables. */
package org.molfuse.core.operator.data;
