// Reads a GEXF file with graphology-gexf (what Gephi Lite uses) and prints what a sigma.js view would see, as JSON.
// Usage: node read_gexf.js FILE.gexf
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const graph = gexf.parse(Graph, fs.readFileSync(process.argv[2], 'utf-8'));
const nodes = {};
graph.forEachNode((key, attributes) => { nodes[key] = attributes; });
const edgeKeys = new Set();
const edgeTypes = {};
graph.forEachEdge((key, attributes) => {
  Object.keys(attributes).forEach((k) => edgeKeys.add(k));
  const kind = attributes.relation || attributes.kind || attributes.label || '';
  edgeTypes[kind] = (edgeTypes[kind] || 0) + 1;
});
process.stdout.write(JSON.stringify({
  type: graph.type, multi: graph.multi, order: graph.order, size: graph.size,
  nodes, edgeAttributeKeys: [...edgeKeys].sort(), edgeTypes,
}));
