/** The immutable records templates receive: one per template, every decision already made. */
package dev.chartgen.core.view;
