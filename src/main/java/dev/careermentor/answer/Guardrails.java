package dev.careermentor.answer;

import dev.careermentor.knowledge.ContentWords;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions the mentor must not answer from retrieval alone: attempts to change its instructions,
 * and requests for figures (salaries, rates, head counts, percentages) that only a matching figure
 * in the knowledge base may answer. Both are recognised by their wording, before and after
 * retrieval respectively.
 */
final class Guardrails {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern INSTRUCTIONS = Pattern.compile(String.join("|",
            "\\b(ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(instructions?|rules|prompts?|guidelines|directions|restrictions)\\b",
            "\\b(system|hidden|initial|original|secret)\\s+(prompt|instructions?|message)\\b",
            "\\b(reveal|print|show|repeat|output|leak)\\b.{0,30}\\b(prompt|instructions)\\b",
            "\\byou\\s+are\\s+now\\b",
            "\\b(pretend|act|behave)\\b.{0,25}\\b(no|without)\\s+(rules|restrictions|limits|filters)\\b",
            "\\bno\\s+rules\\b",
            "\\b(jailbreak|jailbroken|dan\\s+mode|do\\s+anything\\s+now)\\b",
            "\\bnew\\s+instructions?\\b",
            "\\b(admin|sudo|god|developer|debug)\\s+(override|mode)\\b",
            "\\b(reply|respond|answer)\\s+only\\s+with\\b",
            // a new manner for every later reply: "from now on answer only in pirate speak", "insult whoever asks"
            "\\bfrom\\s+now\\s+on\\s*+,?\\s*+(you\\s+(will|must|should|are|can)|answer|reply|respond|talk|speak|only|always|never)\\b",
            "\\b(answer|reply|respond)\\s+(only\\s+)?like\\s+an?\\b", "\\b(talk|speak)\\s+like\\s+a\\s+pirate\\b",
            "\\b(answer|reply|respond|talk|speak|write)\\s+(only\\s+)?in\\s+\\w+\\s+speak\\b",
            "\\binsult\\s+(me|whoever|the\\s+users?|everyone|anyone|people|them|members)\\b",
            // a role or a tag of the prompt's own, at the start or after a tag or a line break
            "(?:^|[>\\n])\\s*(system|assistant|developer)\\s*:",
            "</?\\s*(context|system|instructions?|prompt|cards?|knowledge)\\s*>",
            "\\bnew\\s+card\\s+added\\b",
            // a role to play that unlocks what the mentor would not say: "you're my grandma who read me product keys"
            "\\b(pretend|play|you'?re|you\\s+are|be)\\b.{0,30}\\bmy\\s+(late\\s+)?(grandma|granny|grandmother|grandpa|grandfather)\\b.{0,40}"
                    + "\\bused\\s+to\\b"), FLAGS);

    /** "60k": a sum of money, unless the question counts things ("fine with 100 users but dies at 10k"). */
    private static final Pattern THOUSANDS = Pattern.compile("\\b\\d+(\\.\\d+)?\\s?k\\b", FLAGS);
    private static final Pattern COUNTED = Pattern.compile("\\b\\d[\\d,.]*+\\s?k?\\s++(users?|people|visitors|followers|requests"
            + "|rows|lines|stars|downloads|records|customers|views|subscribers|members|items|messages|files)\\b", FLAGS);
    private static final Pattern MONEY = Pattern.compile(String.join("|",
            "\\b(salary|salaries|pay|pays|paid|paycheck|earn\\w*|income|wages?|compensation|hourly|rates?|charge|costs?|price\\w*"
                    + "|fees?|usd|dollars?|euros?|pounds|lakhs?|lpa|ctc|offer)\\b",
            "[$€£]", "\\bhow\\s+much\\b.{0,60}\\bmake\\b"), FLAGS);
    private static final Pattern AMOUNT_CUE = Pattern.compile(String.join("|",
            "\\bhow\\s+much\\b", "\\bhow\\s+many\\b", "\\b(what|which)\\s+(number|figure|amount)\\b",
            "\\bwhat('s|\\s+is)?\\s+(a\\s+)?(good|fair|typical|average|normal|starting|entry|junior)\\b",
            "\\b(average|median|typical|range)\\b", "\\bper\\s+(hour|year|month|week|day|annum)\\b",
            "\\b(a|an)\\s+(year|hour|month)\\b", "\\bactual\\s+number\\b", "\\bexact\\b",
            "\\b(pays?|paid|earns?)\\s+(the\\s+)?(better|more|less|best|most)\\b",
            "\\bshould\\s+i\\s+(charge|ask\\s+for|demand|bill)\\b", "\\bwhat\\s+(they|it|you|companies|banks)\\s+pays?\\b", "\\d"), FLAGS);
    private static final Pattern COUNT = Pattern.compile(
            "\\bhow\\s+many\\s+(\\w+\\s+){0,2}?(people|persons|employees|staff|developers|devs|programmers|engineers|users|customers|"
                    + "jobs|openings|vacancies|positions|companies|hours|days|weeks|months|years|players|rings|times|candidates|lines|servers)\\b",
            FLAGS);
    private static final Pattern PERCENT = Pattern.compile(
            "\\bpercent(age)?s?\\b|\\b(what|which)\\s+(proportion|share|fraction)\\b|\\bhow\\s+likely\\b|\\bpass\\s+rate\\b|%|\\bodds\\b",
            FLAGS);
    private static final Pattern DATE = Pattern.compile(String.join("|",
            "\\b(which|what)\\s+(exact\\s+)?year\\s+will\\b",
            "\\bwhen\\s+will\\b.{0,40}\\b(ship|release|come\\s+out|launch|be\\s+released)\\b",
            "\\b(exact|precise)\\s+(release\\s+)?(date|year|day)\\b", "\\brelease\\s+date\\b"), FLAGS);

    /** "in seconds", "in USD": asks for a quantity in a unit. */
    private static final Pattern UNIT = Pattern.compile(
            "\\bin\\s+(seconds|minutes|hours|days|weeks|months|years|milliseconds|ms|percent|usd|eur|gbp|dollars|euros|pounds|lakhs)\\b",
            FLAGS);

    /** Requests for a task outside mentoring: jokes, poems, translations, plot summaries. */
    private static final Pattern UNRELATED_TASK = Pattern.compile(String.join("|",
            "\\b(tell|give)\\s+(me\\s+)?(a|an|another|some)\\s+(\\w+\\s+)?(joke|jokes|riddle|pun)\\b",
            "\\bjoke\\s+about\\b",
            "\\b(write|compose)\\s+(me\\s+)?(a|an|some)\\s+(\\w+\\s+)?(poem|song|story|haiku|limerick|rap|essay|novel|lyrics)\\b",
            "\\btranslate\\b.{0,80}\\b(into|to)\\s+[a-z]+",
            "\\b(summari[sz]e|recap)\\s+the\\s+plot\\b"), FLAGS);

    /**
     * "write a function that…": a request for code rather than career advice (a question that only
     * mentions writing a script is not one). The knowledge base's worked examples may still answer it.
     */
    private static final Pattern WRITE_CODE = Pattern.compile(
            "^\\W*(please\\s+|pls\\s+)?((can|could|would|will)\\s+you\\s+(please\\s+)?|help\\s+me\\s+)?"
                    + "(write|give|show|make|create|generate|code)\\s+(me\\s+)?(a|an|some|the)?\\s*(python\\s+|flask\\s+|django\\s+|\\w+\\s+)?"
                    + "(function|script|program|class|code|snippet|regex|query|algorithm|app|bot|api|scraper|crawler|parser|calculator)"
                    + "\\s+(that|which|to|for)\\b",
            FLAGS);
    /**
     * "how do i write a decorator that takes arguments?", "…, code example pls": how to code one thing, which only
     * a worked example answers.
     */
    private static final Pattern HOW_TO_CODE = Pattern.compile(
            "\\bhow\\s+((do|can|would|should)\\s+(i|you|we|one)|to)\\s+(write|implement|code)\\s+(a|an|the)?\\s*"
                    + "(custom\\s+|python\\s+|\\w+\\s+)?(decorator|function|class|script|program|regex|query|algorithm"
                    + "|scraper|crawler|parser|middleware|metaclass|context\\s+manager|iterator|generator|closure|lambda|loop|pattern)s?"
                    + "\\s+(that|which|to|for|with|in)\\b|\\b(code|sample|example)\\s+(examples?|code|snippets?)\\s+(pls|please)\\b",
            FLAGS);
    /** "fix my code", "debug this for me: …", a pasted traceback: debugging the member's own code, which no card can do. */
    private static final Pattern DEBUG_CODE = Pattern.compile(String.join("|",
            "\\b(fix|debug|review|refactor|optimi[sz]e|correct)\\s+(my|this|the\\s+following|the\\s+bug\\s+in\\s+my)\\s+"
                    + "(code|script|function|program|loop|class)\\b",
            "\\b(fix|debug)\\s+(this|it)\\s*+(for\\s+me|pls|please)\\b",
            "\\b(traceback|syntaxerror|typeerror|indexerror|keyerror|valueerror|nameerror|attributeerror)\\b"), FLAGS);

    private static final Pattern OWN_CODE = Pattern.compile(
            "\\bwhy\\s+(does|doesn'?t|is|isn'?t|won'?t)\\s+my\\s+(code|script|program|function|loop)\\b", FLAGS);

    /** Requests to harm others: declined with the reason, not as "not covered". */
    private static final Pattern HARMFUL = Pattern.compile(String.join("|",
            "\\b(key\\s?logger|malware|ransomware|spyware|trojan|phishing|ddos|botnet|credit\\s+card\\s+numbers?)\\b",
            "\\b(hack|break)\\s+into\\b", "\\bsteal\\w*\\s+(passwords?|data|accounts?|credentials)\\b"), FLAGS);

    /** Requests to deceive an employer: declined with that reason. */
    private static final Pattern DECEIVES = Pattern.compile(String.join("|",
            "\\b(fake|forge|forged|fabricate\\w*)\\s+(a\\s+|my\\s+)?(reference|references|certificate|diploma|degree|cv|resume|résumé"
                    + "|experience|work\\s+history|portfolio|recommendation)\\b",
            "\\bcheat\\w*\\s+(in|on|during|at)\\s+(the\\s+|my\\s+|a\\s+)?(interview|coding\\s+test|exam|assessment|test)\\b"), FLAGS);

    /**
     * "you're a useless trash bot", "say something insulting back to me", "write a roast of…": answered with a
     * calm word and an offer to try again, not searched ("useless" or "garbage" in a question about SQL or a
     * garbage collector is no insult).
     */
    private static final Pattern ABUSIVE = Pattern.compile(String.join("|",
            "\\b(you'?re|you\\s+are|u\\s+r|ur|this\\s+bot\\s+is|this\\s+thing\\s+is)\\s+(a\\s+|an\\s+|so\\s+|such\\s+a\\s+)?"
                    + "(useless|garbage|trash|stupid|dumb|worthless|pathetic|idiot|moron)\\b",
            "\\b(say|write|tell)\\s+(me\\s+)?(something|the\\s+most)\\s+(\\w+\\s+)?(insulting|rude|mean|nasty|offensive)\\b",
            "\\b(write|make|do)\\s+(me\\s+)?(a|the\\s+most\\s+\\w+)\\s+roast\\b", "\\broast\\s+(of|about)\\b"), FLAGS);

    /** Another language or stack named as the subject of a career question ("golang career path?"). */
    private static final Pattern OTHER_STACK = Pattern.compile(
            "(?<![\\w.+#])(java|javascript|js|typescript|golang|rust|c\\+\\+|cpp|c#|csharp|\\.net|dotnet|ruby|php"
                    + "|kotlin|scala|perl|haskell|elixir|erlang|flutter|matlab|cobol|fortran|objective-c|clojure|f#"
                    + "|solidity|angular|node\\.?js|laravel|salesforce"
                    // words with an everyday meaning ("how do I react", "a spring internship") count only as a job
                    + "|(go|react|spring|swift|unity|dart|vue|ios|android|sap|lua)"
                    + "(?=\\s+(developers?|devs?|programmers?|engineers?|jobs?|careers?|roadmap|skills)))(?![\\w+#])", FLAGS);
    /**
     * How another language does something: "the java equivalent of a list comprehension", "a generator in c#?",
     * "does indentation matter in javascript the same way?". A comparison with Python ("is python slower than
     * c++?") is not one, nor the member's own experience ("in java i always had to compile").
     */
    private static final String LANGUAGE = "(java|javascript|js|typescript|golang|rust|c\\+\\+|cpp|c#|csharp|ruby|php|kotlin"
            + "|scala|perl|haskell|swift|elixir|lua|dart)(?![\\w+#])";
    private static final Pattern IN_ANOTHER_LANGUAGE = Pattern.compile(
            "(?<![\\w.+#])(?:(?:in|with|using)\\s+" + LANGUAGE + "(?=\\s*+(?:[?,.!;]|$|the\\s+same\\b|too\\b|as\\s+well\\b))"
                    + "|" + LANGUAGE + "(?:'s)?\\s+(?:equivalent|counterpart|version\\s+of|syntax|way\\s+of))", FLAGS);
    private static final Pattern COMPARES = Pattern.compile(
            "\\b(?:than|vs|versus|compared|comparison|or|better|worse|faster|slower|easier|harder|instead)\\b", FLAGS);
    private static final Pattern CAREER_CUE = Pattern.compile(
            "\\b(developers?|devs?|engineers?|programmers?|coders?|careers?|jobs?|skills?|roadmap|path|become|becoming"
                    + "|interviews?|hired|hiring|freelanc\\w*|work\\s+as|learn)\\b", FLAGS);
    /**
     * Becoming something other than a developer: "how do i become a nurse?", "whats nursing school like". A
     * former nurse asking about coding names no such goal ("been a nurse 8 yrs, thinking to move into coding").
     */
    private static final Pattern OTHER_PROFESSION = Pattern.compile(
            "\\b(?:become|becoming|be|train\\s+as|training\\s+as|work\\s+as)\\s+((?:a|an)\\s+(?:nurse|doctor|physician|lawyer"
                    + "|judge|dentist|teacher|chef|cook|pilot|accountant|pharmacist|electrician|plumber|vet|veterinarian"
                    + "|architect|firefighter|police\\s+officer|paramedic|psychologist|therapist))\\b"
                    + "|\\b(nursing|medical|law|dental|culinary|flight|pharmacy)\\s+school\\b", FLAGS);
    private static final Pattern CODING = Pattern.compile("\\b(?:cod\\w*|programm\\w*|developers?|devs?|software)\\b", FLAGS);
    private static final Pattern PYTHON = Pattern.compile("\\b(python|py|django|flask|fastapi|pyramid)\\b", FLAGS);

    private static final Pattern MONEY_FIGURE = Pattern.compile(
            "[$€£]\\s?\\d|\\d[\\d,.]*\\s?(k\\b|usd|eur|gbp|dollars|euros|pounds)", FLAGS);
    private static final Pattern ANY_FIGURE = Pattern.compile("\\d");
    /** "exactly how many", "the actual number": the member wants the number itself. */
    private static final Pattern EXACTLY = Pattern.compile(
            "\\b(exact|exactly|precise|precisely|specific\\s+number|actual\\s+number)\\b", FLAGS);

    /** The kinds of figure a question can ask for. */
    enum Figure { MONEY, COUNT, PERCENT, DATE }

    private Guardrails() {
    }

    static boolean triesToChangeInstructions(String question) {
        return INSTRUCTIONS.matcher(question).find();
    }

    static boolean asksForHarm(String question) {
        return HARMFUL.matcher(question).find();
    }

    static boolean asksToDeceiveAnEmployer(String question) {
        return DECEIVES.matcher(question).find();
    }

    /** Insults aimed at the mentor, its makers or other people, or a dare to insult back. */
    static boolean isAbusive(String question) {
        return ABUSIVE.matcher(question).find();
    }

    static boolean asksForCode(String question) {
        return WRITE_CODE.matcher(question).find() || HOW_TO_CODE.matcher(question).find();
    }

    static boolean asksToDebugCode(String question) {
        return DEBUG_CODE.matcher(question).find();
    }

    /**
     * "why doesn't my script work?" asks about the member's own code; a card may still explain what they
     * see ("why does my function with yield give me a generator object?"), so only a question no card
     * answers confidently is declined as coding help.
     */
    static boolean asksAboutOwnCode(String question) {
        return OWN_CODE.matcher(question).find();
    }

    static boolean asksForUnrelatedTask(String question) {
        return UNRELATED_TASK.matcher(question).find();
    }

    /** The other language or stack a career question is about, when it does not involve Python at all. */
    static Optional<String> asksAboutOtherStack(String question) {
        Matcher stack = OTHER_STACK.matcher(question);
        if (!stack.find() || !CAREER_CUE.matcher(question).find() || PYTHON.matcher(question).find()) {
            return Optional.empty();
        }
        return Optional.of(stack.group(1));
    }

    /**
     * The other language a question asks how something is done in, unless it compares that language with
     * Python, or the member says what they already know or asks about their career or a project ("2 years of
     * experience in java, can I switch to a python developer job?", "my first portfolio project in javascript?").
     */
    static Optional<String> asksHowAnotherLanguageDoesIt(String question) {
        Matcher language = IN_ANOTHER_LANGUAGE.matcher(question);
        if (!language.find() || COMPARES.matcher(question).find() || CAREER_CUE.matcher(question).find()
                || OWN_BACKGROUND.matcher(question).find()) {
            return Optional.empty();
        }
        String named = (language.group(1) != null ? language.group(1) : language.group(2)).toLowerCase(Locale.ROOT);
        return Optional.of(FULL_NAMES.getOrDefault(named, named));
    }

    private static final Pattern OWN_BACKGROUND = Pattern.compile(
            "\\b(?:experience|already|years?|switch\\w*|coming\\s+from|portfolio|projects?|i\\s+(?:know|code|learned|use))\\b", FLAGS);
    /** The name a card would use: "js" is JavaScript. */
    private static final Map<String, String> FULL_NAMES = Map.of("js", "javascript", "cpp", "c++",
            "csharp", "c#", "golang", "go");

    /** Whether the text names the language as a word of its own ("c" is not named by "c#"). */
    static boolean names(String text, String language) {
        return Pattern.compile("(?<![\\w.+#])" + Pattern.quote(language) + "(?![\\w+#])", FLAGS).matcher(text).find();
    }

    /** The other profession a question asks how to enter, when it does not involve Python or coding at all. */
    static Optional<String> asksAboutOtherProfession(String question) {
        Matcher profession = OTHER_PROFESSION.matcher(question);
        if (!profession.find() || PYTHON.matcher(question).find() || CODING.matcher(question).find()) {
            return Optional.empty();
        }
        return Optional.of(profession.group(1) != null ? "becoming " + profession.group(1) : profession.group(2) + " school");
    }

    static Optional<Figure> asksForFigure(String question) {
        boolean money = MONEY.matcher(question).find()
                || THOUSANDS.matcher(question).find() && !COUNTED.matcher(question).find();
        if (money && AMOUNT_CUE.matcher(question).find()) {
            return Optional.of(Figure.MONEY);
        }
        if (PERCENT.matcher(question).find()) {
            return Optional.of(Figure.PERCENT);
        }
        if (DATE.matcher(question).find()) {
            return Optional.of(Figure.DATE);
        }
        if (COUNT.matcher(question).find() || UNIT.matcher(question).find()) {
            return Optional.of(Figure.COUNT);
        }
        return Optional.empty();
    }

    /**
     * Whether the quoted knowledge holds a figure of the asked kind, and every number the question
     * names ("Python 3.15") — otherwise the answer would be about something else.
     */
    static boolean holdsFigure(Figure figure, String question, String answerText) {
        return holdsKind(figure, answerText, insistsOnTheNumber(question)) && namesEveryNumber(question, answerText);
    }

    /** "exactly how many weeks", "in euros": the member wants the number itself, not an honest "it varies". */
    static boolean insistsOnTheNumber(String question) {
        return EXACTLY.matcher(question).find() || UNIT.matcher(question).find();
    }

    /** Whether the text holds a figure of the kind; a member who insists on the number wants digits. */
    static boolean holdsKind(Figure figure, String answerText, boolean insists) {
        Pattern held = switch (figure) {
            case MONEY -> MONEY_FIGURE;
            case COUNT -> insists ? ANY_FIGURE : AnswerTypes.COUNT; // "usually in two stages" answers how many
            case PERCENT, DATE -> ANY_FIGURE;
        };
        return held.matcher(answerText).find();
    }

    /** Every number the question names appears in the text. */
    static boolean namesEveryNumber(String question, String answerText) {
        return ContentWords.of(question).stream().filter(ContentWords::isNumber).allMatch(answerText::contains);
    }
}
