// Dismissing a notice removes the element that had the keyboard focus (its close button). The focus goes to the
// heading the notice stands beside (its section's, or the page's), where the user was reading, not back to the top
// of the document.
for (const notice of document.querySelectorAll('.alert-dismissible')) {
    const headingBesideNotice = [notice.previousElementSibling, notice.nextElementSibling]
        .find(element => element?.matches('h1, h2, h3')) ?? document.querySelector('main h1');
    notice.addEventListener('closed.bs.alert', () => {
        if (headingBesideNotice) {
            headingBesideNotice.tabIndex = -1;
            headingBesideNotice.focus();
        }
    });
}
