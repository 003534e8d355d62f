package org.rapporteur.model;

/** The metadata a resolution can carry; most come from the masthead, some from the structure. */
public enum Field {
    /** Document symbol: {@code A/RES/65/218}, {@code A/HRC/RES/50/4}. */
    SYMBOL,
    /** Resolution number as printed in the title: {@code 65/218}. */
    NUMBER,
    /** Issuing body as printed in the formula: {@code 大会}, {@code General Assembly}. */
    BODY,
    /** The body's AKN4UN actor code: {@code unga}, {@code unga-hrc}. */
    ACTOR,
    TITLE,
    /**
     * The kind of text: {@code resolution}, {@code decision}, {@code draft resolution} or {@code draft decision}
     * (English words, whatever the document's language).
     */
    KIND,
    /** A draft's sponsors as its title lists them: {@code Afghanistan, Albania and Algeria}. */
    SPONSORS,
    /** The number and title as printed together: {@code 65/218. 标题}, Arabic {@code 78/10 - العنوان}. */
    HEADING,
    SESSION,
    SESSION_DATES,
    /** The session's first day as printed in its dates ({@code 26 February}) and as an ISO date. */
    SESSION_START,
    SESSION_START_DATE,
    /** The session's last day as printed in its dates ({@code 5 April 2024}) and as an ISO date. */
    SESSION_END,
    SESSION_END_DATE,
    AGENDA_ITEM,
    AGENDA_TITLE,
    /** {@code Distr.: General}. */
    DISTRIBUTION,
    /** Date of issue as printed in the masthead: {@code 15 July 2022}. */
    ISSUED,
    /** The date of issue as an ISO date, where the text has no adoption date (a draft): {@code 2022-07-15}. */
    ISSUED_DATE,
    /** Language line of the masthead, such as {@code Chinese}. */
    LANGUAGE_LINE,
    /** {@code Original: English}. */
    ORIGINAL,
    /** Adoption line: {@code 2020 年 12 月 16 日大会决议}, {@code 人权理事会通过的决议}. */
    ADOPTION,
    /** The date the adoption line gives ("Resolution adopted by the General Assembly on 21 November 2023"), ISO. */
    ADOPTION_DATE,
    /** {@code [根据第三委员会的报告(A/75/478/Add.2, 第 89 段)通过]}. */
    COMMITTEE_REPORT,
    /** Job number from the footer: {@code 10-52441 (C)}. */
    JOB_NUMBER,
    /** Name of the input file, for reports. */
    SOURCE
}
