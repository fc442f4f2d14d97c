/** The demo fair's records as rows of the tables they go into. Pure mapping, no I/O. */
import type { DemoFair } from '@salon/assets/seed';
import type * as t from '../schema/index.ts';
import { searchTextOf } from '../searchText.ts';

type Rows<Table extends { $inferInsert: unknown }> = Array<Table['$inferInsert']>;

const named = (item: { name: { ru: string; en: string } }) => ({
  nameRu: item.name.ru,
  nameEn: item.name.en,
});

export function dictionaryRows(fair: DemoFair) {
  return {
    regions: fair.regions.map((region) => ({ code: region.code, ...named(region) })) satisfies Rows<
      typeof t.regions
    >,
    topics: fair.topics.map((topic, position) => ({
      code: topic.code,
      ...named(topic),
      position,
    })) satisfies Rows<typeof t.topics>,
    stages: fair.stages.map((stage, position) => ({
      id: stage.id,
      ...named(stage),
      position,
    })) satisfies Rows<typeof t.stages>,
    competencies: fair.competencies.map((competency, position) => ({
      code: competency.code,
      ...named(competency),
      position,
    })) satisfies Rows<typeof t.competencies>,
  };
}

export function exhibitorRows(fair: DemoFair) {
  return {
    exhibitors: fair.exhibitors.map((exhibitor) => ({
      id: exhibitor.id,
      kind: exhibitor.kind,
      ...named(exhibitor),
      descriptionRu: exhibitor.description.ru,
      descriptionEn: exhibitor.description.en,
      regionCode: exhibitor.regionCode,
      ...exhibitor.contacts,
      colorPrimary: exhibitor.colors.primary,
      colorAccent: exhibitor.colors.accent,
      searchText: searchTextOf(
        exhibitor.name.ru,
        exhibitor.name.en,
        exhibitor.description.ru,
        exhibitor.description.en,
      ),
    })) satisfies Rows<typeof t.exhibitors>,
    exhibitorTopics: fair.exhibitors.flatMap((exhibitor) =>
      exhibitor.topicCodes.map((topicCode, position) => ({
        exhibitorId: exhibitor.id,
        topicCode,
        position,
      })),
    ) satisfies Rows<typeof t.exhibitorTopics>,
  };
}

export function forumRows(fair: DemoFair) {
  return {
    speakers: fair.speakers.map((speaker) => ({
      id: speaker.id,
      ...named(speaker),
      positionRu: speaker.position.ru,
      positionEn: speaker.position.en,
      organisationRu: speaker.organisation.ru,
      organisationEn: speaker.organisation.en,
      regionCode: speaker.regionCode,
      searchText: searchTextOf(
        speaker.name.ru,
        speaker.name.en,
        speaker.organisation.ru,
        speaker.organisation.en,
      ),
    })) satisfies Rows<typeof t.speakers>,
    events: fair.events.map((event) => ({
      id: event.id,
      phase: event.phase,
      day: event.day,
      clusterCode: event.clusterCode,
      stageId: event.stageId,
      format: event.format,
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
      titleRu: event.title.ru,
      titleEn: event.title.en,
      descriptionRu: event.description.ru,
      descriptionEn: event.description.en,
      moderatorId: event.moderatorId,
      searchText: searchTextOf(
        event.title.ru,
        event.title.en,
        event.description.ru,
        event.description.en,
      ),
    })) satisfies Rows<typeof t.forumEvents>,
    eventSpeakers: fair.events.flatMap((event) =>
      event.speakerIds.map((speakerId, position) => ({ eventId: event.id, speakerId, position })),
    ) satisfies Rows<typeof t.eventSpeakers>,
  };
}

export function universityRows(fair: DemoFair) {
  return {
    programs: fair.programs.map((program) => ({
      id: program.id,
      titleRu: program.title.ru,
      titleEn: program.title.en,
      descriptionRu: program.description.ru,
      descriptionEn: program.description.en,
      hours: program.hours,
      format: program.format,
      providerRu: program.provider.ru,
      providerEn: program.provider.en,
      searchText: searchTextOf(
        program.title.ru,
        program.title.en,
        program.description.ru,
        program.description.en,
        program.provider.ru,
        program.provider.en,
      ),
    })) satisfies Rows<typeof t.programs>,
    programCompetencies: fair.programs.flatMap((program) =>
      program.competencyCodes.map((competencyCode, position) => ({
        programId: program.id,
        competencyCode,
        position,
      })),
    ) satisfies Rows<typeof t.programCompetencies>,
  };
}

/**
 * The exhibitors' scheduled webinars. Like scheduling through the api, each takes its
 * exhibitor's topics, which put it beside the forum events of those clusters.
 */
export function webinarRows(fair: DemoFair) {
  const topicsOf = new Map(
    fair.exhibitors.map((exhibitor) => [exhibitor.id, exhibitor.topicCodes]),
  );
  return fair.webinars.map((webinar) => ({
    exhibitorId: webinar.exhibitorId,
    titleRu: webinar.title.ru,
    titleEn: webinar.title.en,
    descriptionRu: webinar.description.ru,
    descriptionEn: webinar.description.en,
    startsAt: new Date(webinar.startsAt),
    durationMinutes: webinar.durationMinutes,
    language: webinar.language,
    status: 'scheduled',
    format: webinar.format,
    topicCodes: topicsOf.get(webinar.exhibitorId) ?? [],
  })) satisfies Rows<typeof t.webinars>;
}
