"""Public passages for held-out set 6's long documents, continued: CC0-1.0, LGPL-3 and GFDL-1.3.

Split from `holdout6_passages.py` (which says where the texts come from) by size only;
`LICENCE_PARAGRAPHS` there lists these after its own, in this order.
"""

from __future__ import annotations

# source tag -> paragraphs, in the order the licence gives them
MORE_LICENCE_PARAGRAPHS: dict[str, tuple[str, ...]] = {
    "cc0": (
        "Statement of Purpose",
        "The laws of most jurisdictions throughout the world automatically confer exclusive Copyright and "
            "Related Rights (defined below) upon the creator and subsequent owner(s) (each and all, an \"owner\") "
            "of an original work of authorship and/or a database (each, a \"Work\").",
        "Certain owners wish to permanently relinquish those rights to a Work for the purpose of contributing "
            "to a commons of creative, cultural and scientific works (\"Commons\") that the public can reliably and "
            "without fear of later claims of infringement build upon, modify, incorporate in other works, reuse and "
            "redistribute as freely as possible in any form whatsoever and for any purposes, including without "
            "limitation commercial purposes. These owners may contribute to the Commons to promote the ideal of a "
            "free culture and the further production of creative, cultural and scientific works, or to gain "
            "reputation or greater distribution for their Work in part through the use and efforts of others.",
        "For these and/or other purposes and motivations, and without any expectation of additional "
            "consideration or compensation, the person associating CC0 with a Work (the \"Affirmer\"), to the "
            "extent that he or she is an owner of Copyright and Related Rights in the Work, voluntarily elects to "
            "apply CC0 to the Work and publicly distribute the Work under its terms, with knowledge of his or her "
            "Copyright and Related Rights in the Work and the meaning and intended legal effect of CC0 on those "
            "rights.",
        "1. Copyright and Related Rights. A Work made available under CC0 may be protected by copyright and "
            "related or neighboring rights (\"Copyright and Related Rights\"). Copyright and Related Rights "
            "include, but are not limited to, the following:",
        "i. the right to reproduce, adapt, distribute, perform, display, communicate, and translate a Work; ii. "
            "moral rights retained by the original author(s) and/or performer(s); iii. publicity and privacy rights "
            "pertaining to a person's image or likeness depicted in a Work; iv. rights protecting against unfair "
            "competition in regards to a Work, subject to the limitations in paragraph 4(a), below; v. rights "
            "protecting the extraction, dissemination, use and reuse of data in a Work; vi. database rights (such "
            "as those arising under Directive 96/9/EC of the European Parliament and of the Council of 11 March "
            "1996 on the legal protection of databases, and under any national implementation thereof, including "
            "any amended or successor version of such directive); and vii. other similar, equivalent or "
            "corresponding rights throughout the world based on applicable law or treaty, and any national "
            "implementations thereof.",
        "2. Waiver. To the greatest extent permitted by, but not in contravention of, applicable law, Affirmer "
            "hereby overtly, fully, permanently, irrevocably and unconditionally waives, abandons, and surrenders "
            "all of Affirmer's Copyright and Related Rights and associated claims and causes of action, whether now "
            "known or unknown (including existing as well as future claims and causes of action), in the Work (i) "
            "in all territories worldwide, (ii) for the maximum duration provided by applicable law or treaty "
            "(including future time extensions), (iii) in any current or future medium and for any number of "
            "copies, and (iv) for any purpose whatsoever, including without limitation commercial, advertising or "
            "promotional purposes (the \"Waiver\"). Affirmer makes the Waiver for the benefit of each member of the "
            "public at large and to the detriment of Affirmer's heirs and successors, fully intending that such "
            "Waiver shall not be subject to revocation, rescission, cancellation, termination, or any other legal "
            "or equitable action to disrupt the quiet enjoyment of the Work by the public as contemplated by "
            "Affirmer's express Statement of Purpose.",
        "3. Public License Fallback. Should any part of the Waiver for any reason be judged legally invalid or "
            "ineffective under applicable law, then the Waiver shall be preserved to the maximum extent permitted "
            "taking into account Affirmer's express Statement of Purpose. In addition, to the extent the Waiver is "
            "so judged Affirmer hereby grants to each affected person a royalty-free, non transferable, non "
            "sublicensable, non exclusive, irrevocable and unconditional license to exercise Affirmer's Copyright "
            "and Related Rights in the Work (i) in all territories worldwide, (ii) for the maximum duration "
            "provided by applicable law or treaty (including future time extensions), (iii) in any current or "
            "future medium and for any number of copies, and (iv) for any purpose whatsoever, including without "
            "limitation commercial, advertising or promotional purposes (the \"License\"). The License shall be "
            "deemed effective as of the date CC0 was applied by Affirmer to the Work. Should any part of the "
            "License for any reason be judged legally invalid or ineffective under applicable law, such partial "
            "invalidity or ineffectiveness shall not invalidate the remainder of the License, and in such case "
            "Affirmer hereby affirms that he or she will not (i) exercise any of his or her remaining Copyright and "
            "Related Rights in the Work or (ii) assert any associated claims and causes of action with respect to "
            "the Work, in either case contrary to Affirmer's express Statement of Purpose.",
    ),
    "lgpl3": (
        "0. Additional Definitions.",
        "As used herein, \"this License\" refers to version 3 of the GNU Lesser General Public License, and the "
            "\"GNU GPL\" refers to version 3 of the GNU General Public License.",
        "\"The Library\" refers to a covered work governed by this License, other than an Application or a "
            "Combined Work as defined below.",
        "An \"Application\" is any work that makes use of an interface provided by the Library, but which is "
            "not otherwise based on the Library. Defining a subclass of a class defined by the Library is deemed a "
            "mode of using an interface provided by the Library.",
        "A \"Combined Work\" is a work produced by combining or linking an Application with the Library. The "
            "particular version of the Library with which the Combined Work was made is also called the \"Linked "
            "Version\".",
        "The \"Minimal Corresponding Source\" for a Combined Work means the Corresponding Source for the "
            "Combined Work, excluding any source code for portions of the Combined Work that, considered in "
            "isolation, are based on the Application, and not on the Linked Version.",
        "The \"Corresponding Application Code\" for a Combined Work means the object code and/or source code "
            "for the Application, including any data and utility programs needed for reproducing the Combined Work "
            "from the Application, but excluding the System Libraries of the Combined Work.",
        "1. Exception to Section 3 of the GNU GPL.",
        "You may convey a covered work under sections 3 and 4 of this License without being bound by section 3 "
            "of the GNU GPL.",
        "2. Conveying Modified Versions.",
        "If you modify a copy of the Library, and, in your modifications, a facility refers to a function or "
            "data to be supplied by an Application that uses the facility (other than as an argument passed when "
            "the facility is invoked), then you may convey a copy of the modified version:",
        "a) under this License, provided that you make a good faith effort to ensure that, in the event an "
            "Application does not supply the function or data, the facility still operates, and performs whatever "
            "part of its purpose remains meaningful, or",
        "b) under the GNU GPL, with none of the additional permissions of this License applicable to that copy.",
        "3. Object Code Incorporating Material from Library Header Files.",
        "The object code form of an Application may incorporate material from a header file that is part of the "
            "Library. You may convey such object code under terms of your choice, provided that, if the "
            "incorporated material is not limited to numerical parameters, data structure layouts and accessors, or "
            "small macros, inline functions and templates (ten or fewer lines in length), you do both of the "
            "following:",
        "a) Give prominent notice with each copy of the object code that the Library is used in it and that the "
            "Library and its use are covered by this License.",
        "b) Accompany the object code with a copy of the GNU GPL and this license document.",
    ),
    "gfdl13": (
        "0. PREAMBLE",
        "The purpose of this License is to make a manual, textbook, or other functional and useful document "
            "\"free\" in the sense of freedom: to assure everyone the effective freedom to copy and redistribute "
            "it, with or without modifying it, either commercially or noncommercially. Secondarily, this License "
            "preserves for the author and publisher a way to get credit for their work, while not being considered "
            "responsible for modifications made by others.",
        "This License is a kind of \"copyleft\", which means that derivative works of the document must "
            "themselves be free in the same sense. It complements the GNU General Public License, which is a "
            "copyleft license designed for free software.",
        "We have designed this License in order to use it for manuals for free software, because free software "
            "needs free documentation: a free program should come with manuals providing the same freedoms that the "
            "software does. But this License is not limited to software manuals; it can be used for any textual "
            "work, regardless of subject matter or whether it is published as a printed book. We recommend this "
            "License principally for works whose purpose is instruction or reference.",
        "1. APPLICABILITY AND DEFINITIONS",
        "This License applies to any manual or other work, in any medium, that contains a notice placed by the "
            "copyright holder saying it can be distributed under the terms of this License. Such a notice grants a "
            "world-wide, royalty-free license, unlimited in duration, to use that work under the conditions stated "
            "herein. The \"Document\", below, refers to any such manual or work. Any member of the public is a "
            "licensee, and is addressed as \"you\". You accept the license if you copy, modify or distribute the "
            "work in a way requiring permission under copyright law.",
        "A \"Modified Version\" of the Document means any work containing the Document or a portion of it, "
            "either copied verbatim, or with modifications and/or translated into another language.",
        "A \"Secondary Section\" is a named appendix or a front-matter section of the Document that deals "
            "exclusively with the relationship of the publishers or authors of the Document to the Document's "
            "overall subject (or to related matters) and contains nothing that could fall directly within that "
            "overall subject. (Thus, if the Document is in part a textbook of mathematics, a Secondary Section may "
            "not explain any mathematics.) The relationship could be a matter of historical connection with the "
            "subject or with related matters, or of legal, commercial, philosophical, ethical or political position "
            "regarding them.",
        "The \"Invariant Sections\" are certain Secondary Sections whose titles are designated, as being those "
            "of Invariant Sections, in the notice that says that the Document is released under this License. If a "
            "section does not fit the above definition of Secondary then it is not allowed to be designated as "
            "Invariant. The Document may contain zero Invariant Sections. If the Document does not identify any "
            "Invariant Sections then there are none.",
        "The \"Cover Texts\" are certain short passages of text that are listed, as Front-Cover Texts or "
            "Back-Cover Texts, in the notice that says that the Document is released under this License. A "
            "Front-Cover Text may be at most 5 words, and a Back-Cover Text may be at most 25 words.",
        "A \"Transparent\" copy of the Document means a machine-readable copy, represented in a format whose "
            "specification is available to the general public, that is suitable for revising the document "
            "straightforwardly with generic text editors or (for images composed of pixels) generic paint programs "
            "or (for drawings) some widely available drawing editor, and that is suitable for input to text "
            "formatters or for automatic translation to a variety of formats suitable for input to text formatters. "
            "A copy made in an otherwise Transparent file format whose markup, or absence of markup, has been "
            "arranged to thwart or discourage subsequent modification by readers is not Transparent. An image "
            "format is not Transparent if used for any substantial amount of text. A copy that is not "
            "\"Transparent\" is called \"Opaque\".",
        "Examples of suitable formats for Transparent copies include plain ASCII without markup, Texinfo input "
            "format, LaTeX input format, SGML or XML using a publicly available DTD, and standard-conforming simple "
            "HTML, PostScript or PDF designed for human modification. Examples of transparent image formats include "
            "PNG, XCF and JPG. Opaque formats include proprietary formats that can be read and edited only by "
            "proprietary word processors, SGML or XML for which the DTD and/or processing tools are not generally "
            "available, and the machine-generated HTML, PostScript or PDF produced by some word processors for "
            "output purposes only.",
        "The \"Title Page\" means, for a printed book, the title page itself, plus such following pages as are "
            "needed to hold, legibly, the material this License requires to appear in the title page. For works in "
            "formats which do not have any title page as such, \"Title Page\" means the text near the most "
            "prominent appearance of the work's title, preceding the beginning of the body of the text.",
        "The \"publisher\" means any person or entity that distributes copies of the Document to the public.",
        "A section \"Entitled XYZ\" means a named subunit of the Document whose title either is precisely XYZ "
            "or contains XYZ in parentheses following text that translates XYZ in another language. (Here XYZ "
            "stands for a specific section name mentioned below, such as \"Acknowledgements\", \"Dedications\", "
            "\"Endorsements\", or \"History\".) To \"Preserve the Title\" of such a section when you modify the "
            "Document means that it remains a section \"Entitled XYZ\" according to this definition.",
        "The Document may include Warranty Disclaimers next to the notice which states that this License "
            "applies to the Document. These Warranty Disclaimers are considered to be included by reference in this "
            "License, but only as regards disclaiming warranties: any other implication that these Warranty "
            "Disclaimers may have is void and has no effect on the meaning of this License.",
        "2. VERBATIM COPYING",
        "You may copy and distribute the Document in any medium, either commercially or noncommercially, "
            "provided that this License, the copyright notices, and the license notice saying this License applies "
            "to the Document are reproduced in all copies, and that you add no other conditions whatsoever to those "
            "of this License. You may not use technical measures to obstruct or control the reading or further "
            "copying of the copies you make or distribute. However, you may accept compensation in exchange for "
            "copies. If you distribute a large enough number of copies you must also follow the conditions in "
            "section 3.",
        "You may also lend copies, under the same conditions stated above, and you may publicly display copies.",
    ),
}
