// Dismissing a save's notice removes the element that had the keyboard focus (its close button). The focus goes to
// the heading the notice stands beside (its section's, or the page's), where the user was reading, not back to the
// top of the document.
const doneNotice = document.getElementById('done');
const headingBesideNotice = [doneNotice?.previousElementSibling, doneNotice?.nextElementSibling]
    .find(element => element?.matches('h1, h2, h3')) ?? document.querySelector('main h1');
if (doneNotice && headingBesideNotice) {
    doneNotice.addEventListener('closed.bs.alert', () => {
        headingBesideNotice.tabIndex = -1;
        headingBesideNotice.focus();
    });
}
