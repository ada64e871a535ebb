// Package view writes the contact graph as one self-contained HTML page:
// Cytoscape.js (bundled, no network needed) draws persons coloured by
// country and sized by degree, edges weighted by count; hovering shows
// offices, countries and dates, clicking shows the evidence sentences with
// their article links, and two sliders bound the months shown.
//
// Files:
//
//	view.go               Write: fills page.html with the graph and the script
//	page.html             the page template (styles, layout, controls)
//	assets/view.min.js    the bundled script, built from web/ (see web/README.md)
//	assets/cytoscape.LICENSE  the licence of the bundled Cytoscape.js
//
// The page keeps what a test needs on <body>: data-ready, data-nodes,
// data-edges (elements drawn) and data-errors (script errors seen).
package view
