"""The layers between figures and facts, one module per layer.

Data flows one way: the figures of a text (:mod:`statextract.figures`) are read against the
text's layout and document context (:mod:`~statextract.layers.layout`), its sentences and
clauses (:mod:`~statextract.layers.sentences`) and periods (:mod:`~statextract.layers.periods`);
each figure gets a role in its clause's comparison frame (:mod:`~statextract.layers.roles`);
the assembly (:mod:`~statextract.layers.assemble`) turns figures with roles into drafts
(:mod:`~statextract.layers.drafts`), whose metric (:mod:`~statextract.layers.metrics`, reading
phrases with :mod:`~statextract.layers.phrases`) and date (:mod:`~statextract.layers.dates`) are
then decided.
"""
