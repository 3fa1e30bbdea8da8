// On a slow connection a second tap on "Save" while the first is still on its way would save the form twice (two
// consultations, two deadlines). So a form that changes data is sent once; a repeat is ignored for a while, after
// which a form left waiting (the user stopped the page) can be sent again. Coming back to the page with the
// browser's back button offers every form again.
const repeatIgnoredForMs = 10000;

document.addEventListener('submit', event => {
    const form = event.target;
    if (form.method !== 'post' || event.defaultPrevented) {
        return;
    }

    const sentAt = Number(form.dataset.sentAt);
    if (sentAt && Date.now() - sentAt < repeatIgnoredForMs) {
        event.preventDefault();
        return;
    }

    form.dataset.sentAt = String(Date.now());
});

window.addEventListener('pageshow', () => {
    document.querySelectorAll('form[data-sent-at]').forEach(form => delete form.dataset.sentAt);
});
