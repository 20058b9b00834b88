//! The entities stage as one call: text (and its language) in, linked entities out.

use crate::gazetteer::Gazetteer;
use crate::han_readings::HanReadings;
use crate::lexicon::Lexicon;
use crate::link::{choose, Context};
use crate::{
    acronyms, arabic_orgs, chinese, cjk_orgs, clubs, compounds, demonym_orgs, descriptors, detect,
    dotted_names, japanese, korean, lone_names, resolve, short_forms, slavic_orgs,
    split_designations, storms, tokens, uncased_people, unknown, EntityError,
};
use concord_model::Entity;
use std::path::Path;

/// A loaded gazetteer and word lists; cheap to share between threads.
pub struct EntityExtractor {
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    /// Read on first use (only story dossiers need them), from this directory.
    readings: std::sync::OnceLock<Option<HanReadings>>,
    dir: Option<std::path::PathBuf>,
}

impl EntityExtractor {
    /// Opens the compiled gazetteer in `dir` (normally `<data>/gazetteer`), with the Han
    /// readings beside it when the set-up step wrote them.
    pub fn open(dir: &Path) -> Result<Self, EntityError> {
        let mut x = Self::new(Gazetteer::open(dir)?, Lexicon::with_seed_words()?);
        x.dir = Some(dir.to_path_buf());
        Ok(x)
    }

    pub fn new(gazetteer: Gazetteer, lexicon: Lexicon) -> Self {
        EntityExtractor {
            gazetteer,
            lexicon,
            readings: std::sync::OnceLock::new(),
            dir: None,
        }
    }

    /// The readings of Han characters, for linking Han-named people across a story (see
    /// [`HanReadings::link_story_people`]); none with an older gazetteer.
    pub fn han_readings(&self) -> Option<&HanReadings> {
        self.readings
            .get_or_init(|| self.dir.as_deref().and_then(HanReadings::load))
            .as_ref()
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The entities of an article: its title and text are read together, so a full name in
    /// the title ("Kim Jong Un") lets the text's short forms ("Kim") link to it. Mentions in
    /// the title are flagged `in_title`, with offsets into the title.
    pub fn extract_article(
        &self,
        title: Option<&str>,
        text: &str,
        lang: Option<&str>,
    ) -> Vec<Entity> {
        let Some(title) = title.filter(|t| !t.trim().is_empty()) else {
            return self.extract(text, lang);
        };
        let joined = format!("{title}\n\n{text}");
        let offset = title.chars().count() + 2;
        let mut ents = self.extract(&joined, lang);
        for e in &mut ents {
            for m in &mut e.mentions {
                if m.start < offset {
                    m.in_title = true;
                } else {
                    m.start -= offset;
                    m.end -= offset;
                }
            }
        }
        ents
    }

    /// The entities of `text`, with mention offsets in characters. `lang` (ISO 639-1)
    /// selects inflection rules and clitics; without it only exact forms match.
    pub fn extract(&self, text: &str, lang: Option<&str>) -> Vec<Entity> {
        let lang = lang.unwrap_or("");
        let toks = tokens::tokenize(text);
        let cands = detect::find(&self.gazetteer, text, &toks, lang);
        let mut cx = Context::new(&self.gazetteer, &self.lexicon, text, &toks, lang);
        let mut picked = choose(&mut cx, &cands);
        resolve::institutions_in_roles(&cx, &cands, &mut picked);
        compounds::drop_places_inside_compounds(&cx, &mut picked);
        split_designations::add_designations_around_demonyms(&cx, &mut picked);
        unknown::add_capitalised_names(&cx, &mut picked);
        slavic_orgs::add_slavic_org_phrases(&cx, &mut picked);
        demonym_orgs::add_demonym_led_orgs(&cx, &mut picked);
        slavic_orgs::add_polish_seats(&cx, &mut picked);
        arabic_orgs::add_arabic_orgs(&cx, &mut picked);
        uncased_people::add_uncased_people(&cx, &mut picked);
        acronyms::add_acronyms(&cx, &mut picked);
        acronyms::join_places_to_acronyms(&cx, &mut picked);
        acronyms::join_names_to_acronyms(&cx, &mut picked);
        storms::add_storms(&cx, &mut picked);
        chinese::add_people_after_titles(&cx, &mut picked);
        japanese::add_japanese_people(&cx, &mut picked);
        dotted_names::add_dotted_names(&cx, &mut picked);
        chinese::add_people_before_saying(&cx, &mut picked);
        chinese::drop_common_words_read_as_places(&cx, &mut picked);
        korean::drop_function_words(&cx, &mut picked);
        cjk_orgs::add_cjk_orgs(&cx, &mut picked, &self.lexicon.cjk_org_heads);
        korean::add_korean_names(&cx, &mut picked, &self.lexicon.ko_org_suffixes);
        short_forms::add_short_forms(&cx, &mut picked);
        lone_names::add_lone_names(&cx, &mut picked);
        descriptors::add_described_orgs(&cx, &mut picked);
        clubs::add_clubs(&cx, &mut picked);
        resolve::capitals_as_states(&cx, &mut picked);
        resolve::zh_sides(&cx, &mut picked);
        resolve::attach_roles(&cx, &mut picked);
        resolve::institutions(&cx, &mut picked);
        resolve::acronym_definitions(&cx, &mut picked);
        resolve::entities(&cx, &picked)
    }
}
