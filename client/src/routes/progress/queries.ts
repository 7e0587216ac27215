import { graphql } from '../../gql';

/** Filling progress per county with its group and wave (platform, analyst all; district its county). */
export const PLANNING_PROGRESS_QUERY = graphql(`
  query PlanningProgress($year: Int!, $countyId: ID) {
    planningProgress(schoolYear: $year, countyId: $countyId) {
      county {
        id
        name
        nameEn
      }
      planGroup
      teacherWave
      schools
      schoolsSubmitted
      teachers
      teachersSubmitted
    }
  }
`);

export const PENDING_SCHOOLS_QUERY = graphql(`
  query PendingSchools($year: Int!, $countyId: ID) {
    pendingSchools(schoolYear: $year, countyId: $countyId) {
      school {
        id
        name
        code
        county {
          id
          name
          nameEn
        }
      }
      schoolPlanSubmitted
      pendingTeachers
    }
  }
`);

graphql(`
  fragment ReminderFields on Reminder {
    school {
      id
      name
      code
      county {
        id
        name
        nameEn
      }
    }
    planKind
    sentAt
    sentBy
    recipients
    pendingTeachers
  }
`);

export const REMINDERS_QUERY = graphql(`
  query Reminders($year: Int!) {
    reminders(schoolYear: $year) {
      ...ReminderFields
    }
  }
`);

export const REMIND_PENDING_SCHOOLS = graphql(`
  mutation RemindPendingSchools($year: Int!, $countyId: ID) {
    remindPendingSchools(schoolYear: $year, countyId: $countyId) {
      ...ReminderFields
    }
  }
`);

/** A school's teachers who have not submitted (its CHIEF/CONTACT, its district, the platform). */
export const SCHOOL_TEACHER_PROGRESS_QUERY = graphql(`
  query SchoolTeacherProgress($id: ID!, $year: Int!) {
    node(id: $id) {
      __typename
      id
      ... on School {
        name
        code
        teacherProgress(schoolYear: $year) {
          teachers
          submitted
          pending {
            id
            name
            title
          }
        }
        planning(schoolYear: $year) {
          window {
            schoolYear
            planKind
            groupKey
            opensAt
            closesAt
          }
          plan {
            id
            status
            submittedAt
          }
        }
      }
    }
  }
`);

/** Any school of the viewer's scope by name or code, to reopen a plan of a school not on the pending list. */
export const FIND_SCHOOL_QUERY = graphql(`
  query FindSchoolToReopen($search: String!, $countyId: ID) {
    schools(first: 10, search: $search, countyId: $countyId) {
      totalCount
      edges {
        node {
          id
          code
          name
          county {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);
