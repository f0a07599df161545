"""Small realistic pages written for the tests (fictional outlets and events)."""

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour talks resume in Valletta | The Meridian Courier</title>
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Lena Marsh">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Harbour talks resume in Valletta</h1>
<p class="byline">By Lena Marsh</p>
<p>Negotiators from the two coastal states resumed talks in Valletta on Tuesday, a week after
a collision between patrol boats raised fears of a wider confrontation at sea.</p>
<p>The foreign ministers of both countries said they would meet again on Friday if the
technical teams agreed on a common map of the disputed fishing grounds.</p>
<p>"We came here to listen, and we will stay as long as it takes," the chief negotiator told
reporters outside the conference centre, adding that no deadline had been set.</p>
<p>Regional diplomats said the talks were the most serious attempt in a decade to settle the
dispute, which has closed two ports and stranded hundreds of fishing crews.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes airport</a></li>
<li><a href="/b">Cup final tickets sold out</a></li></ul></aside>
<footer>© 2024 The Meridian Courier. All rights reserved.</footer>
</body></html>"""

TEXT_DUMP = """Home | World | Business | Sport | Opinion
Border crossings reopen after week-long closure
Published: 7 March 2024
The government reopened three border crossings on Thursday after a week-long closure that
left hundreds of lorries stranded on the highway, officials said.
Interior ministry spokesman Daniel Ortega said traffic would return to normal by the weekend
and that extra customs officers had been sent to clear the backlog.
Hauliers' associations welcomed the decision but demanded compensation for the losses
their members suffered during the closure.
Share this article
Most Read
- Heatwave warning issued for the south
- Football: City clinch title
- Markets rally on rate hopes
Comments are moderated and may take time to appear.
"""

GERMAN_HTML = """<html lang="de"><head><meta charset="utf-8"><title>Gespräche in Wien</title>
</head><body><article><h1>Gespräche in Wien fortgesetzt</h1>
<p>Die Außenminister beider Länder haben am Dienstag in Wien ihre Gespräche über die
umstrittene Grenze fortgesetzt, wie ein Sprecher des Ministeriums mitteilte.</p>
<p>Beide Seiten erklärten, sie wollten bis zum Ende des Monats eine gemeinsame Erklärung
vorlegen, doch zentrale Fragen seien weiterhin offen.</p>
<p>Beobachter rechnen nicht mit einem schnellen Durchbruch, da die Positionen der beiden
Regierungen in der Frage der Fischereirechte weit auseinander liegen.</p>
</article></body></html>"""

LINK_LIST_HTML = """<html><head><title>Index</title></head><body>
<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></body></html>"""

ACTORS_HTML = """<html lang="en"><head><meta charset="utf-8">
<title>Lavrov presses NATO over security pledge</title>
<meta property="article:published_time" content="2022-02-02T08:00:00Z"></head><body>
<article><h1>Lavrov presses NATO over security pledge</h1>
<p>Russian Foreign Minister Sergey Lavrov said on Wednesday that Moscow would ask the
alliance to explain how it intends to honour its commitments on European security.</p>
<p>"We expect a written answer, not more promises," Lavrov told reporters in Moscow, adding
that the Kremlin had not yet decided how it would respond.</p>
<p>NATO Secretary-General Jens Stoltenberg said the alliance was ready for talks but would
not compromise on its core principles, and Washington backed that position.</p>
</article></body></html>"""
