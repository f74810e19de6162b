/** The web UI's entry: the routes, in match order. */
import { PageRouter } from './page-router.ts';
import { addReadoutsPage } from './pages/add-readouts-page.ts';
import { calendarPage } from './pages/calendar-page.ts';
import { documentPage, documentsPage } from './pages/documents-page.ts';
import { dyadPage } from './pages/dyad-page.ts';
import { meetingPage } from './pages/meeting-page.ts';
import { networkPage } from './pages/network-page.ts';
import { peoplePage, personPage } from './pages/people-page.ts';
import { relationsPage } from './pages/relations-page.ts';
import { searchPage } from './pages/search-page.ts';

const outlet = document.getElementById('main');
if (outlet === null) throw new Error('index.html has no #main');

void new PageRouter(outlet)
  .add('/', relationsPage)
  .add('/dyad/:dyad', dyadPage)
  .add('/meeting/:id', meetingPage)
  .add('/calendar', calendarPage)
  .add('/people', peoplePage)
  .add('/people/:id', personPage)
  .add('/network', networkPage)
  .add('/search', searchPage)
  .add('/documents', documentsPage)
  .add('/documents/:id', documentPage)
  .add('/add', addReadoutsPage)
  .start();
