import { searchJourney } from "../support/search-journey.ts";

searchJourney("/");
