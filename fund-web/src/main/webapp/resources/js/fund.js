/*
 * Small accessibility helpers of the portal (served from 'self', so the Content-Security-Policy
 * allows it; no inline handlers):
 * - the calendar button of every date picker gets an aria-label naming its field
 *   ("Choose a date: Received on"), which PrimeFaces leaves out;
 * - the menu toggle shows and hides the menubar at phone width.
 * Labels come from data attributes the layout writes in the page's language.
 */
(function () {
    'use strict';

    function labelFor(id) {
        var labels = document.getElementsByTagName('label');
        for (var i = 0; i < labels.length; i++) {
            if (labels[i].htmlFor === id) {
                return labels[i];
            }
        }
        return null;
    }

    function labelDatePickerButtons() {
        var prefix = document.body.getAttribute('data-choose-date') || 'Choose a date';
        var buttons = document.querySelectorAll('.ui-datepicker-trigger');
        for (var i = 0; i < buttons.length; i++) {
            var button = buttons[i];
            var input = button.parentNode ? button.parentNode.querySelector('input') : null;
            var label = input && input.id ? labelFor(input.id) || labelFor(input.id.replace(/_input$/, '')) : null;
            var name = label ? label.textContent.replace(/\*/g, '').trim() : '';
            button.setAttribute('aria-label', name ? prefix + ': ' + name : prefix);
        }
    }

    function wireMenuToggle() {
        var toggle = document.getElementById('menuToggle');
        if (!toggle || toggle.getAttribute('data-wired')) {
            return;
        }
        toggle.setAttribute('data-wired', 'true');
        toggle.addEventListener('click', function () {
            var header = document.querySelector('.fund-header');
            var open = header.classList.toggle('fund-menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }

    function refresh() {
        labelDatePickerButtons();
        wireMenuToggle();
    }

    // PrimeFaces initialises its widgets (and labels the calendar button "Choose Date") in jQuery
    // ready handlers registered before this script, so ours runs after theirs.
    if (window.jQuery) {
        window.jQuery(function () {
            window.setTimeout(refresh, 0);
        });
        window.jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(labelDatePickerButtons, 0);
        });
    } else {
        document.addEventListener('DOMContentLoaded', refresh);
    }
    window.addEventListener('load', function () {
        window.setTimeout(refresh, 0);
    });
}());
