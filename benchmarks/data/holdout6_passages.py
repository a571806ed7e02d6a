"""Public passages for held-out set 6's long documents.

Licence texts whose own terms permit verbatim copying (the GNU GPL-3, LGPL-3 and
GFDL-1.3 say "Everyone is permitted to copy and distribute verbatim copies of this
license document"; the Apache-2.0 and MPL-2.0 texts are routinely reproduced; CC0-1.0
is a public-domain dedication), taken from the Debian ``/usr/share/common-licenses``
files of the build machine with their line wrapping joined, and, in
``holdout6_guidance``, paragraphs of public-service guidance written for set 6.
None names a private individual.
"""

from __future__ import annotations

from benchmarks.data.holdout6_passages_more import MORE_LICENCE_PARAGRAPHS

# source tag -> paragraphs, in the order the licence gives them
LICENCE_PARAGRAPHS: dict[str, tuple[str, ...]] = {
    "gpl3": (
        "Preamble",
        "The GNU General Public License is a free, copyleft license for software and other kinds of works.",
        "The licenses for most software and other practical works are designed to take away your freedom to "
            "share and change the works. By contrast, the GNU General Public License is intended to guarantee your "
            "freedom to share and change all versions of a program--to make sure it remains free software for all "
            "its users. We, the Free Software Foundation, use the GNU General Public License for most of our "
            "software; it applies also to any other work released this way by its authors. You can apply it to your "
            "programs, too.",
        "When we speak of free software, we are referring to freedom, not price. Our General Public Licenses "
            "are designed to make sure that you have the freedom to distribute copies of free software (and charge "
            "for them if you wish), that you receive source code or can get it if you want it, that you can change "
            "the software or use pieces of it in new free programs, and that you know you can do these things.",
        "To protect your rights, we need to prevent others from denying you these rights or asking you to "
            "surrender the rights. Therefore, you have certain responsibilities if you distribute copies of the "
            "software, or if you modify it: responsibilities to respect the freedom of others.",
        "For example, if you distribute copies of such a program, whether gratis or for a fee, you must pass on "
            "to the recipients the same freedoms that you received. You must make sure that they, too, receive or "
            "can get the source code. And you must show them these terms so they know their rights.",
        "Developers that use the GNU GPL protect your rights with two steps: (1) assert copyright on the "
            "software, and (2) offer you this License giving you legal permission to copy, distribute and/or modify "
            "it.",
        "For the developers' and authors' protection, the GPL clearly explains that there is no warranty for "
            "this free software. For both users' and authors' sake, the GPL requires that modified versions be "
            "marked as changed, so that their problems will not be attributed erroneously to authors of previous "
            "versions.",
        "Some devices are designed to deny users access to install or run modified versions of the software "
            "inside them, although the manufacturer can do so. This is fundamentally incompatible with the aim of "
            "protecting users' freedom to change the software. The systematic pattern of such abuse occurs in the "
            "area of products for individuals to use, which is precisely where it is most unacceptable. Therefore, "
            "we have designed this version of the GPL to prohibit the practice for those products. If such problems "
            "arise substantially in other domains, we stand ready to extend this provision to those domains in "
            "future versions of the GPL, as needed to protect the freedom of users.",
        "Finally, every program is threatened constantly by software patents. States should not allow patents "
            "to restrict development and use of software on general-purpose computers, but in those that do, we "
            "wish to avoid the special danger that patents applied to a free program could make it effectively "
            "proprietary. To prevent this, the GPL assures that patents cannot be used to render the program "
            "non-free.",
        "The precise terms and conditions for copying, distribution and modification follow.",
        "TERMS AND CONDITIONS",
        "0. Definitions.",
        "\"This License\" refers to version 3 of the GNU General Public License.",
        "\"Copyright\" also means copyright-like laws that apply to other kinds of works, such as semiconductor masks.",
        "\"The Program\" refers to any copyrightable work licensed under this License. Each licensee is "
            "addressed as \"you\". \"Licensees\" and \"recipients\" may be individuals or organizations.",
        "To \"modify\" a work means to copy from or adapt all or part of the work in a fashion requiring "
            "copyright permission, other than the making of an exact copy. The resulting work is called a "
            "\"modified version\" of the earlier work or a work \"based on\" the earlier work.",
        "A \"covered work\" means either the unmodified Program or a work based on the Program.",
        "To \"propagate\" a work means to do anything with it that, without permission, would make you directly "
            "or secondarily liable for infringement under applicable copyright law, except executing it on a "
            "computer or modifying a private copy. Propagation includes copying, distribution (with or without "
            "modification), making available to the public, and in some countries other activities as well.",
        "To \"convey\" a work means any kind of propagation that enables other parties to make or receive "
            "copies. Mere interaction with a user through a computer network, with no transfer of a copy, is not "
            "conveying.",
        "An interactive user interface displays \"Appropriate Legal Notices\" to the extent that it includes a "
            "convenient and prominently visible feature that (1) displays an appropriate copyright notice, and (2) "
            "tells the user that there is no warranty for the work (except to the extent that warranties are "
            "provided), that licensees may convey the work under this License, and how to view a copy of this "
            "License. If the interface presents a list of user commands or options, such as a menu, a prominent "
            "item in the list meets this criterion.",
        "1. Source Code.",
        "The \"source code\" for a work means the preferred form of the work for making modifications to it. "
            "\"Object code\" means any non-source form of a work.",
        "A \"Standard Interface\" means an interface that either is an official standard defined by a "
            "recognized standards body, or, in the case of interfaces specified for a particular programming "
            "language, one that is widely used among developers working in that language.",
        "The \"System Libraries\" of an executable work include anything, other than the work as a whole, that "
            "(a) is included in the normal form of packaging a Major Component, but which is not part of that Major "
            "Component, and (b) serves only to enable use of the work with that Major Component, or to implement a "
            "Standard Interface for which an implementation is available to the public in source code form. A "
            "\"Major Component\", in this context, means a major essential component (kernel, window system, and so "
            "on) of the specific operating system (if any) on which the executable work runs, or a compiler used to "
            "produce the work, or an object code interpreter used to run it.",
        "The \"Corresponding Source\" for a work in object code form means all the source code needed to "
            "generate, install, and (for an executable work) run the object code and to modify the work, including "
            "scripts to control those activities. However, it does not include the work's System Libraries, or "
            "general-purpose tools or generally available free programs which are used unmodified in performing "
            "those activities but which are not part of the work. For example, Corresponding Source includes "
            "interface definition files associated with source files for the work, and the source code for shared "
            "libraries and dynamically linked subprograms that the work is specifically designed to require, such "
            "as by intimate data communication or control flow between those subprograms and other parts of the "
            "work.",
        "The Corresponding Source need not include anything that users can regenerate automatically from other "
            "parts of the Corresponding Source.",
        "The Corresponding Source for a work in source code form is that same work.",
        "2. Basic Permissions.",
        "All rights granted under this License are granted for the term of copyright on the Program, and are "
            "irrevocable provided the stated conditions are met. This License explicitly affirms your unlimited "
            "permission to run the unmodified Program. The output from running a covered work is covered by this "
            "License only if the output, given its content, constitutes a covered work. This License acknowledges "
            "your rights of fair use or other equivalent, as provided by copyright law.",
        "You may make, run and propagate covered works that you do not convey, without conditions so long as "
            "your license otherwise remains in force. You may convey covered works to others for the sole purpose "
            "of having them make modifications exclusively for you, or provide you with facilities for running "
            "those works, provided that you comply with the terms of this License in conveying all material for "
            "which you do not control copyright. Those thus making or running the covered works for you must do so "
            "exclusively on your behalf, under your direction and control, on terms that prohibit them from making "
            "any copies of your copyrighted material outside their relationship with you.",
        "Conveying under any other circumstances is permitted solely under the conditions stated below. "
            "Sublicensing is not allowed; section 10 makes it unnecessary.",
    ),
    "apache2": (
        "1. Definitions.",
        "\"License\" shall mean the terms and conditions for use, reproduction, and distribution as defined by "
            "Sections 1 through 9 of this document.",
        "\"Licensor\" shall mean the copyright owner or entity authorized by the copyright owner that is "
            "granting the License.",
        "\"Legal Entity\" shall mean the union of the acting entity and all other entities that control, are "
            "controlled by, or are under common control with that entity. For the purposes of this definition, "
            "\"control\" means (i) the power, direct or indirect, to cause the direction or management of such "
            "entity, whether by contract or otherwise, or (ii) ownership of fifty percent (50%) or more of the "
            "outstanding shares, or (iii) beneficial ownership of such entity.",
        "\"You\" (or \"Your\") shall mean an individual or Legal Entity exercising permissions granted by this "
            "License.",
        "\"Source\" form shall mean the preferred form for making modifications, including but not limited to "
            "software source code, documentation source, and configuration files.",
        "\"Object\" form shall mean any form resulting from mechanical transformation or translation of a "
            "Source form, including but not limited to compiled object code, generated documentation, and "
            "conversions to other media types.",
        "\"Work\" shall mean the work of authorship, whether in Source or Object form, made available under the "
            "License, as indicated by a copyright notice that is included in or attached to the work (an example is "
            "provided in the Appendix below).",
        "\"Derivative Works\" shall mean any work, whether in Source or Object form, that is based on (or "
            "derived from) the Work and for which the editorial revisions, annotations, elaborations, or other "
            "modifications represent, as a whole, an original work of authorship. For the purposes of this License, "
            "Derivative Works shall not include works that remain separable from, or merely link (or bind by name) "
            "to the interfaces of, the Work and Derivative Works thereof.",
        "\"Contribution\" shall mean any work of authorship, including the original version of the Work and any "
            "modifications or additions to that Work or Derivative Works thereof, that is intentionally submitted "
            "to Licensor for inclusion in the Work by the copyright owner or by an individual or Legal Entity "
            "authorized to submit on behalf of the copyright owner. For the purposes of this definition, "
            "\"submitted\" means any form of electronic, verbal, or written communication sent to the Licensor or "
            "its representatives, including but not limited to communication on electronic mailing lists, source "
            "code control systems, and issue tracking systems that are managed by, or on behalf of, the Licensor "
            "for the purpose of discussing and improving the Work, but excluding communication that is "
            "conspicuously marked or otherwise designated in writing by the copyright owner as \"Not a "
            "Contribution.\"",
        "\"Contributor\" shall mean Licensor and any individual or Legal Entity on behalf of whom a "
            "Contribution has been received by Licensor and subsequently incorporated within the Work.",
        "2. Grant of Copyright License. Subject to the terms and conditions of this License, each Contributor "
            "hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable "
            "copyright license to reproduce, prepare Derivative Works of, publicly display, publicly perform, "
            "sublicense, and distribute the Work and such Derivative Works in Source or Object form.",
        "3. Grant of Patent License. Subject to the terms and conditions of this License, each Contributor "
            "hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable "
            "(except as stated in this section) patent license to make, have made, use, offer to sell, sell, "
            "import, and otherwise transfer the Work, where such license applies only to those patent claims "
            "licensable by such Contributor that are necessarily infringed by their Contribution(s) alone or by "
            "combination of their Contribution(s) with the Work to which such Contribution(s) was submitted. If You "
            "institute patent litigation against any entity (including a cross-claim or counterclaim in a lawsuit) "
            "alleging that the Work or a Contribution incorporated within the Work constitutes direct or "
            "contributory patent infringement, then any patent licenses granted to You under this License for that "
            "Work shall terminate as of the date such litigation is filed.",
        "4. Redistribution. You may reproduce and distribute copies of the Work or Derivative Works thereof in "
            "any medium, with or without modifications, and in Source or Object form, provided that You meet the "
            "following conditions:",
        "(a) You must give any other recipients of the Work or Derivative Works a copy of this License; and",
        "(b) You must cause any modified files to carry prominent notices stating that You changed the files; and",
        "(c) You must retain, in the Source form of any Derivative Works that You distribute, all copyright, "
            "patent, trademark, and attribution notices from the Source form of the Work, excluding those notices "
            "that do not pertain to any part of the Derivative Works; and",
        "(d) If the Work includes a \"NOTICE\" text file as part of its distribution, then any Derivative Works "
            "that You distribute must include a readable copy of the attribution notices contained within such "
            "NOTICE file, excluding those notices that do not pertain to any part of the Derivative Works, in at "
            "least one of the following places: within a NOTICE text file distributed as part of the Derivative "
            "Works; within the Source form or documentation, if provided along with the Derivative Works; or, "
            "within a display generated by the Derivative Works, if and wherever such third-party notices normally "
            "appear. The contents of the NOTICE file are for informational purposes only and do not modify the "
            "License. You may add Your own attribution notices within Derivative Works that You distribute, "
            "alongside or as an addendum to the NOTICE text from the Work, provided that such additional "
            "attribution notices cannot be construed as modifying the License.",
        "You may add Your own copyright statement to Your modifications and may provide additional or different "
            "license terms and conditions for use, reproduction, or distribution of Your modifications, or for any "
            "such Derivative Works as a whole, provided Your use, reproduction, and distribution of the Work "
            "otherwise complies with the conditions stated in this License.",
    ),
    "mpl2": (
        "1. Definitions --------------",
        "1.1. \"Contributor\" means each individual or legal entity that creates, contributes to the creation "
            "of, or owns Covered Software.",
        "1.2. \"Contributor Version\" means the combination of the Contributions of others (if any) used by a "
            "Contributor and that particular Contributor's Contribution.",
        "1.3. \"Contribution\" means Covered Software of a particular Contributor.",
        "1.4. \"Covered Software\" means Source Code Form to which the initial Contributor has attached the "
            "notice in Exhibit A, the Executable Form of such Source Code Form, and Modifications of such Source "
            "Code Form, in each case including portions thereof.",
        "1.5. \"Incompatible With Secondary Licenses\" means",
        "(a) that the initial Contributor has attached the notice described in Exhibit B to the Covered Software; or",
        "(b) that the Covered Software was made available under the terms of version 1.1 or earlier of the "
            "License, but not also under the terms of a Secondary License.",
        "1.6. \"Executable Form\" means any form of the work other than Source Code Form.",
        "1.7. \"Larger Work\" means a work that combines Covered Software with other material, in a separate "
            "file or files, that is not Covered Software.",
        "1.8. \"License\" means this document.",
        "1.9. \"Licensable\" means having the right to grant, to the maximum extent possible, whether at the "
            "time of the initial grant or subsequently, any and all of the rights conveyed by this License.",
        "1.10. \"Modifications\" means any of the following:",
        "(a) any file in Source Code Form that results from an addition to, deletion from, or modification of "
            "the contents of Covered Software; or",
        "(b) any new file in Source Code Form that contains any Covered Software.",
        "1.11. \"Patent Claims\" of a Contributor means any patent claim(s), including without limitation, "
            "method, process, and apparatus claims, in any patent Licensable by such Contributor that would be "
            "infringed, but for the grant of the License, by the making, using, selling, offering for sale, having "
            "made, import, or transfer of either its Contributions or its Contributor Version.",
        "1.12. \"Secondary License\" means either the GNU General Public License, Version 2.0, the GNU Lesser "
            "General Public License, Version 2.1, the GNU Affero General Public License, Version 3.0, or any later "
            "versions of those licenses.",
        "1.13. \"Source Code Form\" means the form of the work preferred for making modifications.",
        "1.14. \"You\" (or \"Your\") means an individual or a legal entity exercising rights under this "
            "License. For legal entities, \"You\" includes any entity that controls, is controlled by, or is under "
            "common control with You. For purposes of this definition, \"control\" means (a) the power, direct or "
            "indirect, to cause the direction or management of such entity, whether by contract or otherwise, or "
            "(b) ownership of more than fifty percent (50%) of the outstanding shares or beneficial ownership of "
            "such entity.",
        "2. License Grants and Conditions --------------------------------",
        "2.1. Grants",
        "Each Contributor hereby grants You a world-wide, royalty-free, non-exclusive license:",
        "(a) under intellectual property rights (other than patent or trademark) Licensable by such Contributor "
            "to use, reproduce, make available, modify, display, perform, distribute, and otherwise exploit its "
            "Contributions, either on an unmodified basis, with Modifications, or as part of a Larger Work; and",
        "(b) under Patent Claims of such Contributor to make, use, sell, offer for sale, have made, import, and "
            "otherwise transfer either its Contributions or its Contributor Version.",
        "2.2. Effective Date",
        "The licenses granted in Section 2.1 with respect to any Contribution become effective for each "
            "Contribution on the date the Contributor first distributes such Contribution.",
        "2.3. Limitations on Grant Scope",
        "The licenses granted in this Section 2 are the only rights granted under this License. No additional "
            "rights or licenses will be implied from the distribution or licensing of Covered Software under this "
            "License. Notwithstanding Section 2.1(b) above, no patent license is granted by a Contributor:",
        "(a) for any code that a Contributor has removed from Covered Software; or",
        "(b) for infringements caused by: (i) Your and any other third party's modifications of Covered "
            "Software, or (ii) the combination of its Contributions with other software (except as part of its "
            "Contributor Version); or",
        "(c) under Patent Claims infringed by Covered Software in the absence of its Contributions.",
        "This License does not grant any rights in the trademarks, service marks, or logos of any Contributor "
            "(except as may be necessary to comply with the notice requirements in Section 3.4).",
        "2.4. Subsequent Licenses",
        "No Contributor makes additional grants as a result of Your choice to distribute the Covered Software "
            "under a subsequent version of this License (see Section 10.2) or under the terms of a Secondary "
            "License (if permitted under the terms of Section 3.3).",
        "2.5. Representation",
        "Each Contributor represents that the Contributor believes its Contributions are its original "
            "creation(s) or it has sufficient rights to grant the rights to its Contributions conveyed by this "
            "License.",
        "2.6. Fair Use",
        "This License is not intended to limit any rights You have under applicable copyright doctrines of fair "
            "use, fair dealing, or other equivalents.",
        "2.7. Conditions",
        "Sections 3.1, 3.2, 3.3, and 3.4 are conditions of the licenses granted in Section 2.1.",
    ),
    **MORE_LICENCE_PARAGRAPHS,
}
