// analyze: the wording that says a deprecation names its replacement or its sunset. The
// `deprecation-documented` guideline and the review's operation facts read prose alike; this file
// holds only the patterns, so the review can use them without loading Spectral.

/** Prose that names what to use instead. */
export const NAMES_REPLACEMENT = /\binstead\b|replac|supersed|successor|migrat|\buse\s+(?:the\s+)?[`'"/A-Za-z]|moved to|switch to|in favou?r of/i;

/** Prose that dates the removal: an ISO date next to a word saying it goes away. */
export const NAMES_SUNSET = /\b(?:sunset|remov|retir|shut|until|after|end of life|eol)\w*\b[^.]*\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-\d{2}-\d{2}\b[^.]*\b(?:sunset|remov|retir|shut)/i;
