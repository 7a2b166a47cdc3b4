// Buttons marked data-print open the browser's print dialog (where "Save as PDF" is offered).
// Without JavaScript the page prints the same from the browser's own menu.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () {
    window.print();
  });
});
