// English function words, separated by white space.
// Data, not code: the classifier counts how many of a line's words are in this list (jusText's stop-word density).
export default `
a about above according after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just more most my no
nor not now of off on once only or other our out over own said same says she should so some such
than that the their them then there these they this those through to told too under until up very
was we were what when where which while who whom why will with would you your
`;
