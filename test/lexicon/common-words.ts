/**
 * Frequent English words that often appear capitalised at the start of a
 * sentence or in headlines. A lexicon alias equal to one of these (ignoring
 * case) would fire on ordinary prose, so the lexicon tests reject it.
 * Hand-written list; extend it when a new false friend is found.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
a about above across act action after again against age agency ago agree ahead aid
air all allies ally almost alone along already also although always am among an and
angel another answer any anyone anything appeal april are area arm army around art as
ask at august authority autumn away back bad bank base be bear because bed been before
began begin behind being believe below best better between beyond big bill bird bishop
black blue board body book both box boy bring brought build building business but buy
by call called came camp can capital car care case cash center centre chair chance
change charge chase chief child choice church city civil claim class clear cliff close
club coast cold come coming commission common community company cook cool council
country course court cover crown crystal cup current cut daily dark date dawn day
days dean dear death december decide deep defence defense desert destiny did die
different direct do does dog done door down draw drew dream drive duke during each
early earl earth east easy eight either else end energy enough even evening event
ever every eve exactly express eye face fact faith fall family far fast father
february few field fight figure final find fine fire first five floor follow food
for force foreign forest form forward four frank free friday friend from front full
fund future game garden gay gene general gift girl give glen globe go god gold good
got government grace grand grant great green ground group grow guard guardian guide guy
had half hall hand happy hard harmony has have he head hear heard heart heath help
her here herald high hill him his history hold holly home honey hope horse hot
hour house how however hunter i if image important in independent india interest into
iris is issue it its ivy jack jade january jay job join joy judge july june junior
just justice keep key kind king knight know labor labour lady land lane large last
late later law lead leader learn least leave left less let letter level liberty life
light like line list little live long look lord lose lost lot love low made mail main
major make man many march mark market mason may me mean media member men message
middle might miles military mind minister mint mirror miss moment monday money month
more morning most mother move much must my name nation national near need never new
news next night nine no none noon nor north not note nothing november now number
object observer october of off office official often oil old on once one only open
or order other our out over own page paper park part party pass past pastor path
pay peace pearl people per period person piece place plain plan play point police
policy poor popular post power present press price prince print problem public pull
put queen question quite race radio rain range rather ray read ready real reason
record red report republic rest rich right river road rock room rose round royal
ruby rule run said saint same saturday say school sea season second secret see
seem senior sense september set seven shall share she short should show side sign
since single six sky small snow so social some something son soon sound south
speaker special spring square staff stage standard star start state states station
stay step still stone stop story street strong sun sunday summer sunny sure
system table take talk tell ten than that the their them then there these they
thing think this those though thought three through thursday time times to today
together told tomorrow too took top total toward town trade tree tribune true
trust try tuesday turn two under union unit united until up upon us use very
victory view village voice vote wait walk walker wall want war warden was watch water
way we wednesday week well went were west what when where which while white who
whole why wide will win wind winter with within without woman women wood word
work world would write year yes yesterday yet you young your youth
`
    .split(/\s+/)
    .filter(Boolean),
);
