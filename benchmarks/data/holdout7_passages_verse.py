"""Public-domain passage for held-out set 7's long documents: Shakespeare, King Richard
the Second, Act III scene 4 to Act IV scene 1 (speech prefixes as in the copy read), from
`data/tinyshakespeare/input.txt` of the public repository karpathy/char-rnn (offset
400000 onwards). Shakespeare's text is in the public domain. Lines are kept as verse.
"""

RICHARD_II = """Gardener:
Depress'd he is already, and deposed
'Tis doubt he will be: letters came last night
To a dear friend of the good Duke of York's,
That tell black tidings.

QUEEN:
O, I am press'd to death through want of speaking!
Thou, old Adam's likeness, set to dress this garden,
How dares thy harsh rude tongue sound this unpleasing news?
What Eve, what serpent, hath suggested thee
To make a second fall of cursed man?
Why dost thou say King Richard is deposed?
Darest thou, thou little better thing than earth,
Divine his downfall? Say, where, when, and how,
Camest thou by this ill tidings? speak, thou wretch.

Gardener:
Pardon me, madam: little joy have I
To breathe this news; yet what I say is true.
King Richard, he is in the mighty hold
Of Bolingbroke: their fortunes both are weigh'd:
In your lord's scale is nothing but himself,
And some few vanities that make him light;
But in the balance of great Bolingbroke,
Besides himself, are all the English peers,
And with that odds he weighs King Richard down.
Post you to London, and you will find it so;
I speak no more than every one doth know.

QUEEN:
Nimble mischance, that art so light of foot,
Doth not thy embassage belong to me,
And am I last that knows it? O, thou think'st
To serve me last, that I may longest keep
Thy sorrow in my breast. Come, ladies, go,
To meet at London London's king in woe.
What, was I born to this, that my sad look
Should grace the triumph of great Bolingbroke?
Gardener, for telling me these news of woe,
Pray God the plants thou graft'st may never grow.

GARDENER:
Poor queen! so that thy state might be no worse,
I would my skill were subject to thy curse.
Here did she fall a tear; here in this place
I'll set a bank of rue, sour herb of grace:
Rue, even for ruth, here shortly shall be seen,
In the remembrance of a weeping queen.

HENRY BOLINGBROKE:
Call forth Bagot.
Now, Bagot, freely speak thy mind;
What thou dost know of noble Gloucester's death,
Who wrought it with the king, and who perform'd
The bloody office of his timeless end.

BAGOT:
Then set before my face the Lord Aumerle.

HENRY BOLINGBROKE:
Cousin, stand forth, and look upon that man.

BAGOT:
My Lord Aumerle, I know your daring tongue
Scorns to unsay what once it hath deliver'd.
In that dead time when Gloucester's death was plotted,
I heard you say, 'Is not my arm of length,
That reacheth from the restful English court
As far as Calais, to mine uncle's head?'
Amongst much other talk, that very time,
I heard you say that you had rather refuse
The offer of an hundred thousand crowns
Than Bolingbroke's return to England;
Adding withal how blest this land would be
In this your cousin's death.

DUKE OF AUMERLE:
Princes and noble lords,
What answer shall I make to this base man?
Shall I so much dishonour my fair stars,
On equal terms to give him chastisement?
Either I must, or have mine honour soil'd
With the attainder of his slanderous lips.
There is my gage, the manual seal of death,
That marks thee out for hell: I say, thou liest,
And will maintain what thou hast said is false
In thy heart-blood, though being all too base
To stain the temper of my knightly sword.

HENRY BOLINGBROKE:
Bagot, forbear; thou shalt not take it up.

DUKE OF AUMERLE:
Excepting one, I would he were the best
In all this presence that hath moved me so.

LORD FITZWATER:
If that thy valour stand on sympathy,
There is my gage, Aumerle, in gage to thine:
By that fair sun which shows me where thou stand'st,
I heard thee say, and vauntingly thou spakest it
That thou wert cause of noble Gloucester's death.
If thou deny'st it twenty times, thou liest;
And I will turn thy falsehood to thy heart,
Where it was forged, with my rapier's point.

DUKE OF AUMERLE:
Thou darest not, coward, live to see that day.

LORD FITZWATER:
Now by my soul, I would it were this hour.

DUKE OF AUMERLE:
Fitzwater, thou art damn'd to hell for this.

HENRY PERCY:
Aumerle, thou liest; his honour is as true
In this appeal as thou art all unjust;
And that thou art so, there I throw my gage,
To prove it on thee to the extremest point
Of mortal breathing: seize it, if thou darest.

DUKE OF AUMERLE:
An if I do not, may my hands rot off
And never brandish more revengeful steel
Over the glittering helmet of my foe!

DUKE OF SURREY:
My Lord Fitzwater, I do remember well
The very time Aumerle and you did talk.

LORD FITZWATER:
'Tis very true: you were in presence then;
And you can witness with me this is true.

DUKE OF SURREY:
As false, by heaven, as heaven itself is true.

LORD FITZWATER:
Surrey, thou liest.

DUKE OF SURREY:
Dishonourable boy!
That lie shall lie so heavy on my sword,
That it shall render vengeance and revenge
Till thou the lie-giver and that lie do lie
In earth as quiet as thy father's skull:
In proof whereof, there is my honour's pawn;
Engage it to the trial, if thou darest.

LORD FITZWATER:
How fondly dost thou spur a forward horse!
If I dare eat, or drink, or breathe, or live,
I dare meet Surrey in a wilderness,
And spit upon him, whilst I say he lies,
And lies, and lies: there is my bond of faith,
To tie thee to my strong correction.
As I intend to thrive in this new world,
Aumerle is guilty of my true appeal:
Besides, I heard the banish'd Norfolk say
That thou, Aumerle, didst send two of thy men
To execute the noble duke at Calais.

HENRY BOLINGBROKE:
These differences shall all rest under gage
Till Norfolk be repeal'd: repeal'd he shall be,
And, though mine enemy, restored again
To all his lands and signories: when he's return'd,
Against Aumerle we will enforce his trial.

BISHOP OF CARLISLE:
That honourable day shall ne'er be seen.
Many a time hath banish'd Norfolk fought
For Jesu Christ in glorious Christian field,
Streaming the ensign of the Christian cross
Against black pagans, Turks, and Saracens:
And toil'd with works of war, retired himself
To Italy; and there at Venice gave
His body to that pleasant country's earth,
And his pure soul unto his captain Christ,
Under whose colours he had fought so long.

HENRY BOLINGBROKE:
Why, bishop, is Norfolk dead?

BISHOP OF CARLISLE:
As surely as I live, my lord.

DUKE OF YORK:
Great Duke of Lancaster, I come to thee
From plume-pluck'd Richard; who with willing soul
Adopts thee heir, and his high sceptre yields
To the possession of thy royal hand:
Ascend his throne, descending now from him;
And long live Henry, fourth of that name!

HENRY BOLINGBROKE:
In God's name, I'll ascend the regal throne.

KING RICHARD II:
Alack, why am I sent for to a king,
Before I have shook off the regal thoughts
Wherewith I reign'd? I hardly yet have learn'd
To insinuate, flatter, bow, and bend my limbs:
Give sorrow leave awhile to tutor me
To this submission. Yet I well remember
The favours of these men: were they not mine?
Did they not sometime cry, 'all hail!' to me?
So Judas did to Christ: but he, in twelve,
Found truth in all but one: I, in twelve thousand, none.
God save the king! Will no man say amen?
Am I both priest and clerk? well then, amen.
God save the king! although I be not he;
And yet, amen, if heaven do think him me.
To do what service am I sent for hither?

DUKE OF YORK:
To do that office of thine own good will
Which tired majesty did make thee offer,
The resignation of thy state and crown
To Henry Bolingbroke.

KING RICHARD II:
Give me the crown. Here, cousin, seize the crown;
Here cousin:
On this side my hand, and on that side yours.
Now is this golden crown like a deep well
That owes two buckets, filling one another,
The emptier ever dancing in the air,
The other down, unseen and full of water:
That bucket down and full of tears am I,
Drinking my griefs, whilst you mount up on high.

HENRY BOLINGBROKE:
I thought you had been willing to resign.

KING RICHARD II:
My crown I am; but still my griefs are mine:
You may my glories and my state depose,
But not my griefs; still am I king of those.
"""
