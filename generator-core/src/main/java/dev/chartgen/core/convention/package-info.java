/**
 * The conventions chartgen applies where a descriptor is silent (DIGIT's defaults): read by the
 * semantic checks and by the planners alike, so neither stage imports the other for them.
 */
package dev.chartgen.core.convention;
